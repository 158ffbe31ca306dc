package org.switchboard.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.channels.AccountStatus;
import org.switchboard.app.tasks.FxTaskRunner;
import org.switchboard.app.testing.FakeChannelHub;
import org.switchboard.app.testing.MapSecretStore;
import org.switchboard.app.testing.RecordingUriOpener;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.store.SqlitePersonRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Accounts (with the certificate prompt) and conversations driven like a user would, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class MessagingFxTest {
    private static final String FINGERPRINT = "SHA256:" + "3F:".repeat(31) + "A0";

    @TempDir
    Path dir;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final RecordingUriOpener opener = new RecordingUriOpener();
    private final MapSecretStore secrets = new MapSecretStore();
    private final Endpoint benChat = Addresses.parse(EndpointKind.XMPP, "ben@chat.example.org");
    private final Account alice = new Account(EndpointKind.XMPP, "alice@example.test", "", "", true, List.of());
    private SqlitePersonRepository repository;
    private FakeChannelHub hub;
    private ShellView shell;

    @Start
    void start(Stage stage) {
        repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
        repository.save(Person.named("Anna Abel", Addresses.parse(EndpointKind.EMAIL, "anna@example.org")));
        repository.save(Person.named("Ben Becker", benChat));
        repository.accounts().save(alice);
        hub = new FakeChannelHub(repository.messageHistory(), Clock.systemUTC());
        GuiServices services = GuiServices.defaults(dir, repository, repository.mergeService())
                .withChannels(hub)
                .withReachContext(hub.reachContext())
                .withAccounts(repository.accounts())
                .withSecrets(secrets)
                .withHistory(repository.messageHistory())
                .withUriOpener(opener);
        shell = ShellView.show(stage, services, tasks);
        shell.load();
    }

    @AfterEach
    void stop() {
        tasks.close();
        repository.close();
    }

    @Test
    void presenceDotsFollowTheChannels(FxRobot robot) throws TimeoutException {
        waitUntil(() -> !robot.lookup(".person-cell .presence-dot.unknown").queryAll().isEmpty());
        assertThat(robot.lookup(".person-cell .presence-dot.available").queryAll()).isEmpty();

        robot.interact(() -> hub.emit(org.switchboard.contacts.EndpointStatus.of(benChat,
                org.switchboard.contacts.Presence.AVAILABLE, org.switchboard.contacts.Capability.TEXT_CHAT)));

        waitUntil(() -> robot.lookup(".person-cell .presence-dot.available").queryAll().size() == 1);
    }

    @Test
    void aPersonsSipAddressIsAskedAboutOnceTheyStaySelectedAndTheCardShowsTheAnswer(FxRobot robot) throws TimeoutException {
        Endpoint desk = Addresses.parse(EndpointKind.SIP, "sip:carla@pbx.example.org");
        robot.interact(() -> {
            repository.save(Person.named("Carla Cruz", desk));
            shell.people().reload();
        });
        waitUntil(() -> shell.people().everyoneProperty().get().stream().anyMatch(p -> p.endpoints().contains(desk)));
        Person carla = shell.people().everyoneProperty().get().stream().filter(p -> p.endpoints().contains(desk)).findFirst()
                .orElseThrow();

        robot.interact(() -> shell.people().select(carla));

        waitUntil(() -> hub.probed().contains(desk));
        robot.interact(() -> hub.emit(new org.switchboard.contacts.EndpointStatus(desk, org.switchboard.contacts.Presence.AVAILABLE,
                "", java.util.Set.of(org.switchboard.contacts.Capability.VOICE_CALL, org.switchboard.contacts.Capability.TEXT_CHAT),
                true)));
        waitUntil(() -> robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("can: text chat, voice call")));
    }

    @Test
    void theCertificatePromptShowsTheFingerprintAndAcceptTrustsIt(FxRobot robot) throws TimeoutException {
        openAccounts(robot);
        robot.interact(() -> hub.emit(new AccountStatus(alice, new ChannelState.Failed("certificate not trusted"),
                Optional.of(FINGERPRINT))));

        waitUntil(() -> robot.lookup("#certificate-fingerprint").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#certificate-fingerprint").queryAs(Label.class).getText())
                .isEqualTo("3F:".repeat(15) + "3F\n" + "3F:".repeat(15) + "A0");
        assertThat(robot.lookup(".certificate-prompt .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("The server example.test presented a certificate no authority vouches for.",
                        "Accept only if it matches what your server admin gave you.");
        assertThat(hub.trusted()).isEmpty();

        robot.clickOn("#certificate-accept");

        waitUntil(() -> !hub.trusted().isEmpty());
        assertThat(hub.trusted()).containsExactly(new FakeChannelHub.Trusted("xmpp:alice@example.test", FINGERPRINT));
        waitUntil(() -> robot.lookup("#certificate-fingerprint").tryQuery().isEmpty());
    }

    @Test
    void refusingTheCertificateTrustsNothing(FxRobot robot) throws TimeoutException {
        openAccounts(robot);
        robot.interact(() -> hub.emit(new AccountStatus(alice, new ChannelState.Failed("certificate not trusted"),
                Optional.of(FINGERPRINT))));
        waitUntil(() -> robot.lookup("#certificate-refuse").tryQuery().isPresent());

        robot.clickOn("#certificate-refuse");

        waitUntil(() -> robot.lookup("#certificate-fingerprint").tryQuery().isEmpty());
        assertThat(hub.trusted()).isEmpty();
        assertThat(robot.lookup(".account-state").queryAs(Label.class).getText()).isEqualTo("Failed: certificate not trusted");
    }

    @Test
    void anAccountAddedInTheFormIsStoredWithItsPasswordInTheSecretStore(FxRobot robot) throws TimeoutException {
        openAccounts(robot);
        robot.clickOn("#account-add");
        waitUntil(() -> robot.lookup("#account-address").tryQuery().map(Node::isFocused).orElse(false));
        robot.targetWindow((Node) robot.lookup("#account-address").query());

        robot.write("carol@example.test");
        robot.clickOn("#account-password").write("hunter2").type(KeyCode.ENTER);

        waitUntil(() -> repository.accounts().find(EndpointKind.XMPP, "carol@example.test").isPresent());
        assertThat(secrets.all()).containsEntry("xmpp:carol@example.test", "hunter2");
        waitUntil(() -> hub.starts() == 1);
    }

    @Test
    void chatOpensTheConversationWhereEnterSendsAndIncomingTextStaysPlain(FxRobot robot) throws TimeoutException {
        robot.interact(() -> hub.emit(AccountStatus.of(alice, new ChannelState.Connected())));
        waitUntil(() -> robot.lookup("Ben Becker").tryQuery().isPresent());
        robot.clickOn("Ben Becker");
        waitUntil(() -> robot.lookup("#chat").tryQuery().isPresent());

        robot.clickOn("#chat");

        waitUntil(() -> robot.lookup("#composer").tryQuery().map(Node::isFocused).orElse(false));
        assertThat(opener.opened()).as("no xmpp: URI handed to the system").isEmpty();
        robot.targetWindow((Node) robot.lookup("#composer").query());
        robot.write("Lunch at 12?").type(KeyCode.ENTER);
        waitUntil(() -> hub.sent().size() == 1);
        assertThat(hub.sent()).containsExactly(new FakeChannelHub.Sent(benChat, "Lunch at 12?"));
        waitUntil(() -> robot.lookup(".message-bubble.outgoing").tryQuery().isPresent());

        robot.interact(() -> hub.receive(benChat, "<b>yes</b> see https://example.org/menu"));

        waitUntil(() -> robot.lookup(".message-bubble.incoming").tryQuery().isPresent());
        TextFlow body = robot.lookup(".message-bubble.incoming .message-body").queryAs(TextFlow.class);
        assertThat(body.getChildren()).hasSize(2);
        assertThat(((Text) body.getChildren().get(0)).getText()).isEqualTo("<b>yes</b> see ");
        Hyperlink link = (Hyperlink) body.getChildren().get(1);
        assertThat(link.getText()).isEqualTo("https://example.org/menu");

        robot.clickOn(link);

        waitUntil(() -> !opener.opened().isEmpty());
        assertThat(opener.opened()).containsExactly("https://example.org/menu");
    }

    private void openAccounts(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shell.people().loadedProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".account-row").tryQuery().isPresent());
        robot.targetWindow((Node) robot.lookup(".account-row").query());
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
