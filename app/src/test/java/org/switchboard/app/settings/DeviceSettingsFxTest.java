package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.tasks.FxTaskRunner;
import org.switchboard.app.testing.FakeMediaEngine;
import org.switchboard.app.testing.TestThemes;
import org.switchboard.app.testing.MapProfileSettings;
import org.switchboard.media.DataFlow;
import org.switchboard.themes.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Audio devices…" driven like a user would, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class DeviceSettingsFxTest {
    private final FakeMediaEngine media = new FakeMediaEngine();
    private final MapProfileSettings settings = new MapProfileSettings();
    private final FxTaskRunner tasks = new FxTaskRunner();
    private Stage owner;
    private PinnedDevices pins;

    @Start
    void start(Stage stage) {
        media.plug(DataFlow.CAPTURE, "Built-in Microphone", "Jabra Evolve 40");
        media.plug(DataFlow.PLAYBACK, "Built-in Speakers", "Jabra Evolve 40");
        media.plug(DataFlow.NOTIFY, "Built-in Speakers");
        pins = PinnedDevices.start(media, settings);
        stage.setScene(new Scene(new Label("main window"), 300, 200));
        stage.show();
        owner = stage;
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get(5, TimeUnit.SECONDS);
        pins.close();
        tasks.close();
    }

    private void open(FxRobot robot) throws TimeoutException {
        robot.interact(() -> DeviceSettingsView.open(owner, media, pins, tasks,
                TestThemes.styler(Themes.LIGHT)));
        waitUntil(() -> combo(robot, "#device-playback").getItems().size() == 3);
    }

    @Test
    void choosingASpeakerUsesAndStoresIt(FxRobot robot) throws TimeoutException {
        open(robot);
        assertThat(combo(robot, "#device-playback").getValue().label()).isEqualTo("System default (Built-in Speakers)");

        robot.clickOn("#device-playback");
        robot.clickOn(robot.lookup(".list-cell").match(node -> node instanceof javafx.scene.control.ListCell<?> cell
                && "Jabra Evolve 40".equals(cell.getText()) && cell.getListView().getItems()
                == combo(robot, "#device-playback").getItems()).<javafx.scene.Node>query());

        waitUntil(() -> media.pinned(DataFlow.PLAYBACK).isPresent());
        assertThat(media.pinned(DataFlow.PLAYBACK)).contains("Jabra Evolve 40");
        waitUntil(() -> settings.get("audio.playback").isPresent());
        assertThat(settings.get("audio.playback")).contains("Jabra Evolve 40");
        assertThat(media.pinned(DataFlow.CAPTURE)).isEmpty();
    }

    @Test
    void theListsFollowDevicesPluggedInAndOut(FxRobot robot) throws TimeoutException {
        open(robot);
        List<String> before = media.uses();

        media.plug(DataFlow.CAPTURE, "Built-in Microphone", "Webcam C920", "Jabra Evolve 40");

        waitUntil(() -> combo(robot, "#device-capture").getItems().stream().anyMatch(c -> c.label().equals("Webcam C920")));
        assertThat(media.uses()).as("the choices did not change, so the engine was not told").isEqualTo(before);
    }

    @Test
    void theMeterShowsTheMicrophoneAndTestTonesPlay(FxRobot robot) throws TimeoutException {
        open(robot);
        waitUntil(media::meterOpen);

        media.level(0.6);
        waitUntil(() -> robot.lookup("#mic-level").queryAs(ProgressBar.class).getProgress() == 0.6,
                () -> "level " + robot.lookup("#mic-level").queryAllAs(ProgressBar.class).stream().map(ProgressBar::getProgress).toList());

        robot.clickOn("#test-tone-notify");
        waitUntil(() -> media.testTones().equals(List.of(DataFlow.NOTIFY)));

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !media.meterOpen());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<DeviceChoice> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> state) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out; " + state.get(), e);
        }
    }
}
