package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.app.settings.CallHandlingSettings;
import org.switchboard.app.settings.CallHandlingView;
import org.switchboard.app.settings.CallHandlingViewModel;
import org.switchboard.app.settings.DeviceSettingsView;
import org.switchboard.app.settings.PinnedDevices;
import org.switchboard.app.tasks.FxTaskRunner;
import org.switchboard.app.testing.FakeCall;
import org.switchboard.app.testing.FakeMediaEngine;
import org.switchboard.app.testing.MapProfileSettings;
import org.switchboard.app.testing.MutableClock;
import org.switchboard.app.testing.Screenshots;
import org.switchboard.app.testing.TestThemes;
import org.switchboard.channels.api.CallHandling;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.media.DataFlow;
import org.switchboard.themes.Theme;
import org.switchboard.themes.Themes;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Real-window screenshots (GTK glass, no Monocle) of the call window, the incoming-call dialog, the
 * audio device settings and the call handling of an account, in both themes, for a person to look at.
 * Needs an X display, like {@code AddressBookScreenshotIT}: {@code Xvfb :95 & DISPLAY=:95 ./mvnw -pl app -am
 * verify -Dsurefire.extra.args= -Dtest=CallScreenshotIT -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CallScreenshotIT {
    private static final Path OUT = Path.of("target", "screenshots");
    private static final FxTaskRunner TASKS = new FxTaskRunner();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    private final Endpoint barbieSip = Addresses.parse(EndpointKind.SIP, "sip:barbie@example.org");
    private final Person barbie = Person.named("Barbie Roberts", barbieSip);

    @BeforeAll
    static void startToolkit() throws Exception {
        assertThat(System.getenv("DISPLAY")).withFailMessage("CallScreenshotIT needs a real X display (Xvfb): DISPLAY is not set")
                .isNotBlank();
        assertThat(System.getProperty("glass.platform", "")).withFailMessage(
                "CallScreenshotIT must run with the real glass platform: run it with -Dsurefire.extra.args=")
                .isNotEqualToIgnoringCase("Monocle");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(20, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
    }

    @AfterAll
    static void stopToolkit() {
        TASKS.close();
        Platform.exit();
    }

    @Test
    void connectedCallInLightTheme() throws Exception {
        shootConnected(Themes.LIGHT, false);
    }

    @Test
    void connectedCallInDarkTheme() throws Exception {
        shootConnected(Themes.DARK, false);
    }

    @Test
    void noIncomingAudioWarning() throws Exception {
        shootConnected(Themes.LIGHT, true);
    }

    @Test
    void incomingCallInBothThemes() throws Exception {
        for (Theme theme : Themes.all()) {
            FakeCall call = FakeCall.incoming(Addresses.parse(EndpointKind.SIP, "sip:ken@example.org"), Optional.of("Ken"), clock);
            CallWindows windows = windows(theme, remote -> Optional.of(Person.named("Ken Carson", remote)));
            onFx(() -> windows.incoming(call));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> windows.window(call.id()).map(Stage::isShowing).orElse(false)
                    && windows.window(call.id()).get().getScene().lookup("#incoming-name") instanceof javafx.scene.control.Label l
                    && l.getText().equals("Ken Carson"));
            Stage stage = windows.window(call.id()).orElseThrow();
            writeChecked(snapshot(stage.getScene()), "incoming-call-" + theme.id() + ".png");
            onFx(() -> call.end(org.switchboard.channels.api.EndReason.Kind.MISSED));
            onFx(stage::close);
        }
    }

    @Test
    void audioDevicesInBothThemes() throws Exception {
        for (Theme theme : Themes.all()) {
            FakeMediaEngine media = new FakeMediaEngine();
            media.plug(DataFlow.CAPTURE, "Built-in Audio Analog Stereo", "Jabra Evolve 40 Mono", "HD Pro Webcam C920");
            media.plug(DataFlow.PLAYBACK, "Built-in Audio Analog Stereo", "HDMI / DisplayPort 1 Output");
            media.plug(DataFlow.NOTIFY, "Built-in Audio Analog Stereo", "HDMI / DisplayPort 1 Output");
            MapProfileSettings settings = new MapProfileSettings();
            settings.put("audio.capture", "Jabra Evolve 40 Mono");
            settings.put("audio.playback", "Jabra Evolve 40 Stereo");
            try (PinnedDevices pins = PinnedDevices.start(media, settings)) {
                Stage owner = owner();
                CompletableFuture<DeviceSettingsView> view = new CompletableFuture<>();
                onFx(() -> view.complete(DeviceSettingsView.open(owner, media, pins, TASKS, TestThemes.styler(theme))));
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, media::meterOpen);
                media.level(0.46);
                Scene scene = view.get().getDialogPane().getScene();
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scene.lookup("#mic-level") instanceof javafx.scene.control.ProgressBar bar
                        && bar.getProgress() > 0.4);
                writeChecked(snapshot(scene), "audio-devices-" + theme.id() + ".png");
                onFx(() -> view.join().close());
                onFx(owner::close);
            }
        }
    }

    @Test
    void callHandlingOfAnAccount() throws Exception {
        MapProfileSettings settings = new MapProfileSettings();
        new CallHandlingSettings(new CallHandling.Rules(false, Optional.empty(), Optional.of("sip:voicemail@example.org"),
                Optional.of("+49301234567"), Duration.ofSeconds(25)), true).save(settings, "sip:alice@example.org");
        CallHandlingViewModel form = new CallHandlingViewModel(settings, "sip:alice@example.org", TASKS, saved -> { });
        Stage owner = owner();
        CompletableFuture<javafx.scene.control.Dialog<?>> dialog = new CompletableFuture<>();
        onFx(() -> dialog.complete(CallHandlingView.showDialog(owner, form, TestThemes.styler(Themes.LIGHT))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> form.requireSrtpProperty().get());
        Scene scene = dialog.get().getDialogPane().getScene();
        writeChecked(snapshot(scene), "call-handling-light.png");
        onFx(() -> dialog.join().close());
        onFx(owner::close);
    }

    private void shootConnected(Theme theme, boolean noAudio) throws Exception {
        FakeCall call = FakeCall.outgoing(barbieSip, clock);
        CallWindows windows = windows(theme, remote -> Optional.of(barbie));
        onFx(() -> windows.show(call));
        onFx(() -> {
            call.connect();
            clock.advance(Duration.ofSeconds(83));
            call.setQuality(noAudio
                    ? new CallQuality("PCMU/8000", 4150, 0, 0, 0, -1, 0, Duration.ofSeconds(8))
                    : new CallQuality("opus/48000", 4182, 4175, 0.3, 4.2, 38, 4.34, Duration.ZERO));
        });
        Stage stage = windows.window(call.id()).orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().lookup("#quality-codec") instanceof javafx.scene.control.Label l
                && !l.getText().equals("—"));
        String name = noAudio ? "call-no-audio-" + theme.id() + ".png" : "call-connected-" + theme.id() + ".png";
        writeChecked(snapshot(stage.getScene()), name);
        if (theme.isDark() && !noAudio) {
            onFx(() -> {
                ((javafx.scene.control.ToggleButton) stage.getScene().lookup("#call-keypad")).fire();
                "2#".chars().forEach(key -> ((javafx.scene.control.Button) stage.getScene().lookup(
                        key == '#' ? "#keypad-hash" : "#keypad-" + (char) key)).fire());
            });
            writeChecked(snapshot(stage.getScene()), "call-keypad-" + theme.id() + ".png");
        }
        onFx(stage::close);
    }

    private CallWindows windows(Theme theme, CallerLookup callers) throws Exception {
        CompletableFuture<Consumer<Parent>> styler = new CompletableFuture<>();
        onFx(() -> styler.complete(TestThemes.styler(theme)));
        return new CallWindows(null, new FakeMediaEngine(), callers, TASKS, clock, styler.get());
    }

    private static Stage owner() throws Exception {
        CompletableFuture<Stage> owner = new CompletableFuture<>();
        onFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new javafx.scene.layout.Pane(), 200, 100));
            stage.setOpacity(0);
            stage.show();
            owner.complete(stage);
        });
        return owner.get();
    }

    private static void writeChecked(WritableImage image, String name) throws Exception {
        Screenshots.write(image, OUT.resolve(name));
        assertThat(Screenshots.distinctColours(image)).as("colours in %s", name).isGreaterThan(20);
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
