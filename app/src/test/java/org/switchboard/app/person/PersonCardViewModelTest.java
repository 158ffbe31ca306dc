package org.switchboard.app.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.app.testing.DirectTaskRunner;
import org.switchboard.app.testing.RecordingUriOpener;
import org.switchboard.app.testing.ScriptedReachContext;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Capability;
import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.Presence;
import org.switchboard.contacts.reach.Intent;
import org.switchboard.contacts.testing.InMemoryPersonRepository;

class PersonCardViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryPersonRepository repository = new InMemoryPersonRepository();
    private final RecordingUriOpener opener = new RecordingUriOpener();

    private PersonCardViewModel card(ReachContext reachability) {
        return new PersonCardViewModel(repository, reachability, opener, new DirectTaskRunner(), CLOCK);
    }

    @Test
    void withNoAccountsReachEmailsAndSaysWhy() {
        Person anna = repository.save(Person.named("Anna", Addresses.parse(EndpointKind.EMAIL, "anna@example.org"),
                Addresses.parse(EndpointKind.XMPP, "anna@chat.example.org")));
        var card = card(ReachContext.NO_ACCOUNTS);
        card.personProperty().set(anna);

        assertThat(card.decisionProperty().get())
                .isEqualTo("Reach will email: Email reaches Anna whenever they read it");
        assertThat(card.unreachableProperty().get()).isFalse();

        card.reach();

        assertThat(opener.opened()).containsExactly("mailto:anna@example.org");
        assertThat(card.outcomeProperty().get()).isEqualTo("Opened an email to anna@example.org in your mail program");
        assertThat(repository.lastUsed(anna.id())).contains(ChannelKind.EMAIL);
    }

    @Test
    void channelsShowPresenceAndUnknownCapabilities() {
        Person anna = repository.save(Person.named("Anna", Addresses.parse(EndpointKind.EMAIL, "anna@example.org", "work")));
        var card = card(ReachContext.NO_ACCOUNTS);
        card.personProperty().set(anna);

        assertThat(card.rows()).singleElement().satisfies(row -> {
            assertThat(row.channelText()).isEqualTo("Email");
            assertThat(row.address()).isEqualTo("anna@example.org");
            assertThat(row.label()).isEqualTo("work");
            assertThat(row.presenceText()).isEqualTo("unknown");
            assertThat(row.capabilitiesText()).isEqualTo("capabilities unknown");
        });
        assertThat(card.presenceTextProperty().get()).isEqualTo("Presence unknown");
    }

    @Test
    void noAddressAtAllIsExplained() {
        Person nobody = repository.save(Person.named("Bank contact"));
        var card = card(ReachContext.NO_ACCOUNTS);
        card.personProperty().set(nobody);

        assertThat(card.unreachableProperty().get()).isTrue();
        assertThat(card.decisionProperty().get()).startsWith("No way to reach Bank contact: they have no address.");

        card.reach();

        assertThat(opener.opened()).isEmpty();
        assertThat(card.outcomeProperty().get()).startsWith("No way to reach Bank contact");
    }

    @Test
    void chatWithoutAnAccountSaysWhatIsMissing() {
        Person anna = repository.save(Person.named("Anna", Addresses.parse(EndpointKind.XMPP, "anna@chat.example.org")));
        var card = card(ReachContext.NO_ACCOUNTS);
        card.personProperty().set(anna);

        card.act(Intent.CHAT);

        assertThat(opener.opened()).isEmpty();
        assertThat(card.outcomeProperty().get()).isEqualTo("No way to chat with Anna: chatting needs a connected XMPP account.");
    }

    @Test
    void anAvailableVoiceContactIsCalled() {
        Endpoint sip = Addresses.parse(EndpointKind.SIP, "sip:barbie@voip.example.org");
        Person barbie = repository.save(Person.named("Barbie", Addresses.parse(EndpointKind.EMAIL, "barbie@example.org"), sip));
        var reachability = new ScriptedReachContext(Set.of(EndpointKind.EMAIL, EndpointKind.SIP))
                .set(sip, Presence.AVAILABLE, Capability.VOICE_CALL);
        var card = card(reachability);
        card.personProperty().set(barbie);

        assertThat(card.decisionProperty().get()).isEqualTo("Reach will call: Barbie is available and can take a voice call");
        assertThat(card.presenceStyleProperty().get()).isEqualTo("available");

        card.reach();

        assertThat(opener.opened()).containsExactly("sip:barbie@voip.example.org");
    }

    @Test
    void callGoesToTheSipAccountWhenOneCanPlaceItElseToTheSystem() {
        Endpoint sip = Addresses.parse(EndpointKind.SIP, "sip:barbie@example.test");
        Person barbie = repository.save(Person.named("Barbie", sip));
        var placed = new java.util.ArrayList<String>();
        var card = card(new ScriptedReachContext(Set.of(EndpointKind.SIP)).set(sip, Presence.AVAILABLE, Capability.VOICE_CALL));
        card.personProperty().set(barbie);

        card.act(Intent.CALL);
        assertThat(opener.opened()).containsExactly("sip:barbie@example.test");

        card.setCallPlacer(new CallPlacer() {
            @Override
            public boolean canCall(Endpoint endpoint) {
                return endpoint.kind() == EndpointKind.SIP;
            }

            @Override
            public void call(Person person, Endpoint endpoint) {
                placed.add(person.displayName() + " " + endpoint.address());
            }
        });
        card.act(Intent.CALL);

        assertThat(placed).containsExactly("Barbie sip:barbie@example.test");
        assertThat(opener.opened()).hasSize(1);
        assertThat(card.outcomeProperty().get()).isEqualTo("Calling Barbie at sip:barbie@example.test");
    }
}
