package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.tasks.FxTaskRunner;
import org.switchboard.app.testing.FakeCall;
import org.switchboard.app.testing.FakeMediaEngine;
import org.switchboard.app.testing.TestThemes;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.themes.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The call window's buttons and shortcuts reach the call, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class CallWindowFxTest {
    private final FakeCall call = FakeCall.outgoing(Addresses.parse(EndpointKind.SIP, "sip:barbie@example.org"),
            Clock.systemUTC());
    private final FxTaskRunner tasks = new FxTaskRunner();
    private CallWindows windows;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("main window"), 300, 200));
        stage.show();
        windows = new CallWindows(stage, new FakeMediaEngine(), CallerLookup.NOBODY, tasks, Clock.systemUTC(),
                TestThemes.styler(Themes.DARK));
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get(5, TimeUnit.SECONDS);
        tasks.close();
    }

    private void connected(FxRobot robot) throws TimeoutException {
        robot.interact(() -> windows.show(call));
        waitUntil(() -> status(robot).equals("Calling…"));
        call.connect();
        waitUntil(() -> status(robot).startsWith("Connected"));
    }

    @Test
    void muteHoldAndHangUpReachTheCall(FxRobot robot) throws TimeoutException {
        connected(robot);

        robot.clickOn("#call-mute");
        waitUntil(() -> call.actions().contains("mute:true"));
        assertThat(robot.lookup("#call-mute").queryLabeled().getText()).isEqualTo("Unmute");

        robot.clickOn("#call-hold");
        waitUntil(() -> status(robot).startsWith("On hold") && !robot.lookup("#call-hold").query().isDisabled());
        assertThat(robot.lookup("#call-hold").queryLabeled().getText()).isEqualTo("Resume");
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        waitUntil(() -> status(robot).startsWith("Connected"), () -> "actions " + call.actions());

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> status(robot).startsWith("You hung up"));
        assertThat(call.actions()).containsExactly("mute:true", "hold:true", "hold:false", "hangUp");
        assertThat(robot.lookup("#call-hang-up").queryLabeled().getText()).isEqualTo("Close");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> windows.window(call.id()).isEmpty());
    }

    @Test
    void keypadButtonsAndTypedDigitsSendTones(FxRobot robot) throws TimeoutException {
        connected(robot);

        robot.clickOn("#call-keypad");
        waitUntil(() -> robot.lookup("#keypad-5").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#keypad-5");
        robot.clickOn("#keypad-hash");
        robot.type(KeyCode.DIGIT7);

        waitUntil(() -> call.actions().equals(List.of("dtmf:5", "dtmf:#", "dtmf:7")), () -> "actions " + call.actions());
        assertThat(robot.lookup("#keypad-dialled").queryAs(Label.class).getText()).isEqualTo("5#7");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup(".keypad").query().isVisible());
        assertThat(windows.window(call.id())).as("Esc during a call closes only the keypad").isPresent();
    }

    @Test
    void qualityFiguresAndTheNoAudioWarningShowLive(FxRobot robot) throws TimeoutException {
        connected(robot);

        call.setQuality(new CallQuality("opus/48000", 2000, 0, 0, 0, -1, 0, Duration.ofSeconds(5)));

        waitUntil(() -> robot.lookup("#call-warning").query().isVisible());
        assertThat(robot.lookup("#call-warning").queryLabeled().getText())
                .isEqualTo("No incoming audio — the other side may not reach you (NAT/firewall)");
        assertThat(robot.lookup("#quality-codec").queryLabeled().getText()).isEqualTo("opus/48000");

        call.setQuality(new CallQuality("opus/48000", 2050, 1990, 0.5, 4, 38, 4.3, Duration.ZERO));

        waitUntil(() -> !robot.lookup("#call-warning").query().isVisible());
        waitUntil(() -> robot.lookup("#quality-mos").queryLabeled().getText().equals("4.3 · good"));
    }

    @Test
    void closingTheWindowHangsUp(FxRobot robot) throws TimeoutException {
        connected(robot);

        robot.interact(() -> windows.window(call.id()).orElseThrow().close());

        waitUntil(() -> call.actions().equals(List.of("hangUp")));
        assertThat(call.listenerCount()).isZero();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#call-status").tryQuery().map(node -> ((Label) node).getText()).orElse("");
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
