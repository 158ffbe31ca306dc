package org.switchboard.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.app.channels.AccountStatus;
import org.switchboard.app.tasks.FxTaskRunner;
import org.switchboard.app.testing.FakeChannelHub;
import org.switchboard.app.testing.FakeMediaEngine;
import org.switchboard.app.testing.MapProfileSettings;
import org.switchboard.app.testing.MapSecretStore;
import org.switchboard.app.testing.SampleConversation;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.contacts.store.SqlitePersonRepository;
import org.switchboard.app.testing.RecordingUriOpener;
import org.switchboard.app.testing.SampleAddressBook;
import org.switchboard.app.testing.Screenshots;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.testing.InMemoryPersonRepository;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Real-window screenshots (GTK glass, no Monocle) of the address book in both themes, for a person
 * to look at. Needs an X display: run it through scripts/test, which starts Xvfb, or by hand with
 * {@code Xvfb :95 & DISPLAY=:95 ./mvnw -pl app -am verify -Dsurefire.extra.args= -Dtest=AddressBookScreenshotIT
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AddressBookScreenshotIT {
    private static final Path OUT = Path.of("target", "screenshots");
    private static final FxTaskRunner TASKS = new FxTaskRunner();

    @BeforeAll
    static void startToolkit() throws Exception {
        String display = System.getenv("DISPLAY");
        assertThat(display)
                .withFailMessage("AddressBookScreenshotIT needs a real X display: DISPLAY is not set. Run it under Xvfb "
                        + "via scripts/test (which starts one), or start Xvfb :95 and set DISPLAY=:95.")
                .isNotBlank();
        assertThat(System.getProperty("glass.platform", ""))
                .withFailMessage("AddressBookScreenshotIT must run with the real glass platform, not Monocle: "
                        + "run it with -Dsurefire.extra.args= (no headless arguments).")
                .isNotEqualToIgnoringCase("Monocle");
        // the app's own way to start the toolkit: software rendering (as in jvm-options), GTK's OpenGL probe off
        System.setProperty("prism.order", "sw");
        CompletableFuture.supplyAsync(() -> GuiLauncher.startToolkit().await()).get(20, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
    }

    @AfterAll
    static void stopToolkit() {
        TASKS.close();
        Platform.exit();
    }

    @Test
    void theToolkitRendersInSoftwareWithoutLoadingTheOpenGlDriverStack() throws Exception {
        shoot("light");
        List<String> gl = Files.readAllLines(Path.of("/proc/self/maps")).stream()
                .filter(line -> line.matches(".*/(libGL|libGLX_mesa|libLLVM|swrast_dri|libEGL_mesa)[^/]*")).toList();

        assertThat(gl).as("OpenGL libraries mapped into the process (GDK_GL=disable should keep GTK from loading them)")
                .isEmpty();
    }

    @Test
    void addressBookInLightTheme() throws Exception {
        shoot("light");
    }

    @Test
    void addressBookInDarkTheme() throws Exception {
        shoot("dark");
    }

    @Test
    void editorFlagsABadAddress() throws Exception {
        System.setProperty("switchboard.theme", "light");
        ShellView shell = open(new InMemoryPersonRepository());
        onFx(shell::newPerson);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editorWindow() != null);
        Scene editor = editorWindow().getScene();
        onFx(() -> {
            ((javafx.scene.control.TextField) editor.lookup("#editor-name")).setText("Ken Carson");
            var kind = (javafx.scene.control.ComboBox<?>) editor.lookup(".address-kind");
            ((javafx.scene.control.ComboBox<EndpointKind>) kind).setValue(EndpointKind.SIP);
            ((javafx.scene.control.TextField) editor.lookup(".address-field")).setText("sip:ken carson@voip.example.org");
        });
        WritableImage image = snapshot(editor);
        Screenshots.write(image, OUT.resolve("editor-invalid-light.png"));
        assertThat(Screenshots.distinctColours(image)).isGreaterThan(20);
        onFx(() -> ((Stage) editor.getWindow()).close());
        onFx(shell.stage()::close);
    }

    @Test
    void messagingInLightTheme() throws Exception {
        shootMessaging("light");
    }

    @Test
    void messagingInDarkTheme() throws Exception {
        shootMessaging("dark");
    }

    private void shootMessaging(String theme) throws Exception {
        System.setProperty("switchboard.theme", theme);
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "screenshot-messaging");
        Clock clock = Clock.systemDefaultZone();
        try (SqlitePersonRepository repository = SampleConversation.profile(dir, clock)) {
            FakeChannelHub hub = new FakeChannelHub(repository.messageHistory(), clock);
            ShellView shell = open(GuiServices.defaults(dir, repository, repository.mergeService()).withChannels(hub)
                    .withReachContext(hub.reachContext()).withAccounts(repository.accounts())
                    .withHistory(repository.messageHistory()).withSecrets(new MapSecretStore())
                    .withUriOpener(new RecordingUriOpener())
                    .withCalls(new CallSetup(FakeMediaEngine::new, MapProfileSettings::new)));
            Person ben = repository.findAll().stream().filter(p -> p.displayName().equals("Ben Becker")).findFirst().orElseThrow();
            onFx(() -> {
                hub.emit(AccountStatus.of(SampleConversation.ALICE, new ChannelState.Connected()));
                shell.people().select(ben);
                shell.messaging().conversations().show(ben);
            });
            Stage conversation = shell.messaging().conversations().window(ben.id()).orElseThrow();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> conversation.getScene().lookup(".message-bubble.outgoing") != null
                    && conversation.getScene().lookup(".call-line.call-outgoing") != null
                    && conversation.getScene().lookup(".call-line.call-missed") != null);
            onFx(() -> ((javafx.scene.control.TextArea) conversation.getScene().lookup("#composer")).setText("On my way"));
            writeChecked(snapshot(conversation.getScene()), "conversation-" + theme + ".png");
            onFx(conversation::close);
            writeChecked(snapshot(shell.scene()), "messaging-main-" + theme + ".png");
            onFx(shell::showAccounts);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window("accounts-dialog") != null
                    && window("accounts-dialog").getScene().lookup(".account-row") != null);
            onFx(() -> {
                hub.emit(new AccountStatus(SampleConversation.WORK, new ChannelState.Failed("certificate not trusted"),
                        Optional.of("SHA256:5E:0F:71:9A:C2:44:B8:13:D0:6A:E9:27:3C:81:F4:55:9B:02:C6:7D:EE:18:A3:40:6F:B1:92:0C:D7:35:8E:64")));
                hub.emit(AccountStatus.of(SampleConversation.ALICE, new ChannelState.Connected()));
                hub.emit(AccountStatus.of(SampleConversation.HOME_PHONE, new ChannelState.Connected()));
            });
            Window accounts = window("accounts-dialog");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> accounts.getScene().lookup("#certificate-fingerprint") != null);
            writeChecked(snapshot(accounts.getScene()), "accounts-certificate-" + theme + ".png");
            shootSipForm(accounts, theme);
            onFx(() -> ((Stage) accounts).close());
            onFx(shell.stage()::close);
        }
    }

    /** The add form, filled in for a SIP account over TLS with SRTP required and forwarding when busy. */
    private void shootSipForm(Window accounts, String theme) throws Exception {
        onFx(() -> ((Button) accounts.getScene().lookup("#account-add")).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window("account-form") != null);
        Window form = window("account-form");
        Scene scene = form.getScene();
        onFx(() -> {
            ((RadioButton) scene.lookup("#account-kind-sip")).fire();
            ((TextField) scene.lookup("#account-address")).setText("alice@home.example.org");
            ((TextField) scene.lookup("#account-server")).setText("pbx.home.example.org:5061");
            ((RadioButton) scene.lookup("#account-transport-tls")).fire();
            ((TextField) scene.lookup("#account-password")).setText("correct horse");
            ((CheckBox) scene.lookup("#calls-forward-busy")).setSelected(true);
            ((TextField) scene.lookup("#calls-forward-busy-to")).setText("sip:voicemail@home.example.org");
            ((CheckBox) scene.lookup("#calls-srtp")).setSelected(true);
        });
        writeChecked(snapshot(scene), "accounts-sip-form-" + theme + ".png");
        onFx(() -> ((Stage) form).close());
    }

    private static void writeChecked(WritableImage image, String name) throws Exception {
        Screenshots.write(image, OUT.resolve(name));
        assertThat(Screenshots.distinctColours(image)).as("colours in %s", name).isGreaterThan(20);
    }

    private void shoot(String theme) throws Exception {
        System.setProperty("switchboard.theme", theme);
        InMemoryPersonRepository repository = SampleAddressBook.repository(50);
        ShellView shell = open(repository);
        Person rich = repository.findAll().stream()
                .filter(p -> p.endpoints().size() >= 4 && !p.organization().isEmpty())
                .findFirst().orElseThrow();
        onFx(() -> shell.people().select(rich));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rich.equals(shell.people().selectedProperty().get()));
        WritableImage image = snapshot(shell.scene());
        Screenshots.write(image, OUT.resolve("address-book-" + theme + ".png"));
        assertThat(image.getWidth()).isGreaterThan(600);
        assertThat(Screenshots.distinctColours(image)).as("colours in the %s screenshot", theme).isGreaterThan(50);
        onFx(shell.stage()::close);
    }

    private ShellView open(InMemoryPersonRepository repository) throws Exception {
        return open(GuiServices.defaults(Path.of("target", "screenshot-profile"), repository)
                .withReachContext(SampleAddressBook.presence(repository.findAll()))
                .withUriOpener(new RecordingUriOpener()));
    }

    private ShellView open(GuiServices services) throws Exception {
        AtomicReference<ShellView> shell = new AtomicReference<>();
        onFx(() -> {
            ShellView view = ShellView.show(new Stage(), services, TASKS);
            view.load();
            shell.set(view);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shell.get() != null && shell.get().people().loadedProperty().get());
        return shell.get();
    }

    private static Window editorWindow() {
        return window("person-editor");
    }

    private static Window window(String paneStyle) {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane pane
                        && pane.getStyleClass().contains(paneStyle))
                .findFirst().orElse(null);
    }

    private static WritableImage snapshot(Scene scene) throws Exception {
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> Platform.runLater(() -> image.complete(scene.snapshot(null))));
        return image.get(20, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        done.get(20, TimeUnit.SECONDS);
    }

}
