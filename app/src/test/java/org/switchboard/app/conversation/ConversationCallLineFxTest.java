package org.switchboard.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.tasks.FxTaskRunner;
import org.switchboard.app.testing.FakeChannelHub;
import org.switchboard.app.testing.RecordingUriOpener;
import org.switchboard.app.testing.TestThemes;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.MessageRecord;
import org.switchboard.contacts.store.SqlitePersonRepository;
import org.switchboard.themes.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Calls in the conversation window: a line across the middle with its words, a live one too, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class ConversationCallLineFxTest {
    private static final ZoneId ZONE = ZoneId.of("UTC");
    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");
    private static final String ACCOUNT = "sip:me@voip.example.test";

    @TempDir
    Path dir;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final Endpoint benChat = Addresses.parse(EndpointKind.XMPP, "ben@chat.example.org");
    private final Endpoint benPhone = Addresses.parse(EndpointKind.SIP, "sip:ben@voip.example.org");
    private SqlitePersonRepository repository;
    private FakeChannelHub hub;
    private ConversationViewModel viewModel;

    @Start
    void start(Stage stage) {
        repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
        Person ben = repository.save(Person.named("Ben Becker", benChat, benPhone));
        var history = repository.messageHistory();
        history.append(MessageRecord.incoming("me@example.test", benChat, "Can you call me?", AT, "o1", null));
        history.appendCall(new CallRecord(null, null, ACCOUNT, benPhone, Direction.OUT, AT.plusSeconds(60), "c1",
                Duration.ofSeconds(125), "They hung up",
                new CallQuality("opus/48000", 6200, 6195, 0.1, 2, 38, 4.3, Duration.ZERO)));
        hub = new FakeChannelHub(history, Clock.systemUTC());
        viewModel = new ConversationViewModel(ben, history, hub, tasks, new RecordingUriOpener(), id -> { });
        ConversationView view = new ConversationView(viewModel, ZONE);
        TestThemes.styler(Themes.LIGHT).accept(view);
        stage.setScene(new Scene(view, 560, 640));
        stage.show();
        viewModel.load();
    }

    @AfterEach
    void stop() {
        viewModel.close();
        tasks.close();
        repository.close();
    }

    @Test
    void aCallIsALineWithItsSummaryTimeAndQuality(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup(".call-line").tryQuery().isPresent());

        Node line = robot.lookup(".call-line").query();
        assertThat(line.getStyleClass()).contains("call-outgoing").doesNotContain("message-bubble");
        assertThat(texts(robot, ".call-line .label")).containsExactly("Outgoing call, 2:05 — They hung up",
                "30 Nov 2026, 09:01 · opus/48000 · MOS 4.3", "· good");
        assertThat(robot.lookup(".call-line-verdict").query().getStyleClass()).contains("quality-good");
        assertThat(robot.lookup(".message-bubble.incoming").tryQuery()).as("the message stays a bubble").isPresent();
    }

    @Test
    void aMissedCallThatEndsWhileTheWindowIsOpenAppearsAndStandsOut(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup(".call-line").tryQuery().isPresent());

        robot.interact(() -> hub.callEnded(new CallRecord(null, null, ACCOUNT, benPhone, Direction.IN, AT.plusSeconds(600),
                "c2", Duration.ZERO, "They gave up before it was answered", CallQuality.NONE)));

        waitUntil(() -> robot.lookup(".call-line.call-missed").tryQuery().isPresent());
        assertThat(texts(robot, ".call-line.call-missed .label")).containsExactly(
                "Missed call — They gave up before it was answered", "30 Nov 2026, 09:10");
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
