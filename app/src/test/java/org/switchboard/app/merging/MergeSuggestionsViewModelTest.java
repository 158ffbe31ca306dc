package org.switchboard.app.merging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.app.testing.DirectTaskRunner;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.store.SqlitePersonRepository;

/** The ViewModel on the real SQLite address book and merge service, with the synchronous task runner. */
class MergeSuggestionsViewModelTest {
    private static final Endpoint ANNA_MAIL = Addresses.parse(EndpointKind.EMAIL, "anna@example.org");
    private static final Endpoint ANNA_PHONE = Addresses.parse(EndpointKind.PHONE, "+49 170 1234567");
    private static final Endpoint ANNA_CHAT = Addresses.parse(EndpointKind.XMPP, "anna@chat.example.org");
    private static final Endpoint BEN_CHAT = Addresses.parse(EndpointKind.XMPP, "ben@chat.example.org");

    @TempDir
    Path dir;

    private SqlitePersonRepository repository;
    private final AtomicInteger reloads = new AtomicInteger();
    private MergeSuggestionsViewModel model;
    private Person anna;
    private Person annaToo;
    private Person ben;
    private Person benToo;

    @BeforeEach
    void addressBook() {
        repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
        anna = repository.save(Person.named("Anna Abel", ANNA_MAIL));
        annaToo = repository.save(Person.named("Anna A.", ANNA_MAIL, ANNA_PHONE, ANNA_CHAT));
        ben = repository.save(Person.named("Ben Becker", BEN_CHAT));
        benToo = repository.save(Person.named("Benjamin", BEN_CHAT));
        repository.save(Person.named("Clara Castro", Addresses.parse(EndpointKind.PHONE, "+49 171 9876543")));
        model = new MergeSuggestionsViewModel(repository.mergeService(), new DirectTaskRunner(), this::reload);
    }

    @AfterEach
    void close() {
        repository.close();
    }

    /** What the address book does on a reload: it publishes everyone, and the suggestions follow. */
    private void reload() {
        reloads.incrementAndGet();
        model.suggestFrom(repository.findAll());
    }

    @Test
    void pairsSharingAnAddressAreSuggestedWithAHint() {
        assertThat(model.hintProperty().get()).isEmpty();

        model.suggestFrom(repository.findAll());

        assertThat(model.suggestions()).extracting(MergeCandidate::reason)
                .containsExactly("both have the email anna@example.org", "both have the XMPP address ben@chat.example.org");
        assertThat(model.hintProperty().get()).isEqualTo("2 possible duplicates — Ctrl+M");
        assertThat(MergeSuggestionsViewModel.hintFor(1)).isEqualTo("1 possible duplicate — Ctrl+M");
    }

    @Test
    void thePersonWithMoreAddressesIsKeptByDefault() {
        model.suggestFrom(repository.findAll());

        MergeCandidate annas = model.suggestions().getFirst();
        assertThat(annas.keepProperty().get()).isEqualTo(annaToo);
        assertThat(annas.absorbed()).isEqualTo(anna);
        MergeCandidate bens = model.suggestions().get(1);
        assertThat(bens.keepProperty().get()).as("a tie keeps the first in list order").isEqualTo(ben);
    }

    @Test
    void mergingKeepsTheChosenPersonWithEveryAddressAndReloads() {
        model.suggestFrom(repository.findAll());
        MergeCandidate annas = model.suggestions().getFirst();
        annas.switchKeep();

        model.merge(annas);

        Person survivor = repository.find(anna.id()).orElseThrow();
        assertThat(survivor.displayName()).isEqualTo("Anna Abel");
        assertThat(survivor.endpoints()).containsExactlyInAnyOrder(ANNA_MAIL, ANNA_PHONE, ANNA_CHAT);
        assertThat(repository.find(annaToo.id())).isEmpty();
        assertThat(reloads.get()).isEqualTo(1);
        assertThat(model.suggestions()).hasSize(1);
        assertThat(model.hintProperty().get()).isEqualTo("1 possible duplicate — Ctrl+M");
        assertThat(model.messageProperty().get()).isEqualTo("Merged Anna A. into Anna Abel");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void theSelectedSurvivorListsWhomItAbsorbedAndUnmergeRestoresThem() {
        model.suggestFrom(repository.findAll());
        model.merge(model.suggestions().getFirst());
        model.survivorProperty().set(repository.find(annaToo.id()).orElseThrow());

        assertThat(model.absorbedPersons()).containsExactly(anna);

        model.unmerge(anna);

        assertThat(repository.find(anna.id())).contains(anna);
        assertThat(repository.find(annaToo.id())).contains(annaToo);
        assertThat(model.absorbedPersons()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Unmerged Anna Abel from Anna A.");
        assertThat(reloads.get()).isEqualTo(2);
        assertThat(model.suggestions()).hasSize(2);
    }

    @Test
    void selectingSomeoneElseShowsTheirMergesAndNobodyShowsNone() {
        model.suggestFrom(repository.findAll());
        model.merge(model.suggestions().getFirst());

        model.survivorProperty().set(ben);
        assertThat(model.absorbedPersons()).isEmpty();
        model.survivorProperty().set(repository.find(annaToo.id()).orElseThrow());
        assertThat(model.absorbedPersons()).containsExactly(anna);
        model.survivorProperty().set(null);
        assertThat(model.absorbedPersons()).isEmpty();
    }

    @Test
    void notTheSameHidesThePairForThisSession() {
        model.suggestFrom(repository.findAll());

        model.dismiss(model.suggestions().get(1));
        model.suggestFrom(repository.findAll());

        assertThat(model.suggestions()).extracting(MergeCandidate::reason)
                .containsExactly("both have the email anna@example.org");
        var afterRestart = new MergeSuggestionsViewModel(repository.mergeService(), new DirectTaskRunner(), () -> {});
        afterRestart.suggestFrom(repository.findAll());
        assertThat(afterRestart.suggestions()).hasSize(2);
    }

    @Test
    void aFailedMergeIsReportedAndChangesNothing() {
        model.suggestFrom(repository.findAll());
        MergeCandidate bens = model.suggestions().get(1);
        repository.delete(benToo.id());

        model.merge(bens);

        assertThat(model.messageProperty().get()).isEqualTo("Could not merge Benjamin into Ben Becker: There is no person "
                + benToo.id() + " to merge");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(reloads.get()).isZero();
        assertThat(repository.find(ben.id())).contains(ben);
    }

    @Test
    void suggestionsComputedForAnOlderAddressBookAreDropped() {
        var runner = new HeldTaskRunner();
        var held = new MergeSuggestionsViewModel(repository.mergeService(), runner, () -> {});
        held.suggestFrom(repository.findAll());
        held.suggestFrom(List.of(anna, annaToo));

        runner.finishNewestFirst();

        assertThat(held.suggestions()).extracting(MergeCandidate::reason)
                .containsExactly("both have the email anna@example.org");
    }

    /** Holds background work until told, to finish it out of order. */
    private static final class HeldTaskRunner implements TaskRunner {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            held.add(() -> new DirectTaskRunner().run(work, onSuccess, onFailure));
        }

        @Override
        public void onUi(Runnable action) {
            action.run();
        }

        void finishNewestFirst() {
            for (int i = held.size() - 1; i >= 0; i--) {
                held.get(i).run();
            }
            held.clear();
        }
    }
}
