package org.switchboard.app.call;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.channels.api.Call;
import org.switchboard.media.MediaEngine;

/**
 * Opens the windows of calls: the incoming-call dialog, which rings until answered, and one call
 * window per call. Both methods may be called from any thread (a channel's executor): they hand over
 * to the FX thread themselves.
 */
public final class CallWindows {
    private final @Nullable Window owner;
    private final MediaEngine media;
    private final CallerLookup callers;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Consumer<Parent> styler;
    private final Map<String, Stage> open = new HashMap<>();

    /**
     * @param owner the main window (call windows stay above it), or {@code null}
     * @param callers finds the person behind a call (blocking; run in the background)
     * @param styler gives each window the main window's theme, now and after every switch
     */
    public CallWindows(@Nullable Window owner, MediaEngine media, CallerLookup callers, TaskRunner tasks, Clock clock,
            Consumer<Parent> styler) {
        this.owner = owner;
        this.media = media;
        this.callers = callers;
        this.tasks = tasks;
        this.clock = clock;
        this.styler = styler;
    }

    /** Opens the window of {@code call} (one just dialled, or one answered), or brings it to the front. */
    public void show(Call call) {
        onFx(() -> {
            Stage stage = open.computeIfAbsent(call.id(), id -> callWindow(call));
            stage.show();
            stage.toFront();
            stage.requestFocus();
        });
    }

    /** Shows the dialog of an incoming call: it rings until the call is accepted (then its window opens), rejected or given up. */
    public void incoming(Call call) {
        onFx(() -> {
            Stage stage = open.computeIfAbsent(call.id(), id -> incomingDialog(call));
            stage.show();
            stage.toFront();
        });
    }

    /** The open window of the call with this id, if any: its call window or its incoming-call dialog. */
    public Optional<Stage> window(String callId) {
        return Optional.ofNullable(open.get(callId));
    }

    private Stage callWindow(Call call) {
        CallViewModel viewModel = new CallViewModel(call, callers, tasks, clock);
        CallView view = new CallView(viewModel);
        Stage stage = stage(view, 400, 640, owner);
        view.installShortcuts(stage.getScene());
        viewModel.callerProperty().subscribe(caller -> stage.setTitle(caller.name() + " — Call — Switchboard"));
        Timeline ticker = ticker(viewModel::tick);
        viewModel.closeRequestedProperty().subscribe(close -> {
            if (close) {
                stage.close();
            }
        });
        stage.setOnShown(e -> {
            ticker.play();
            view.focusControls();
        });
        stage.setOnHidden(e -> {
            ticker.stop();
            viewModel.close();
            open.remove(call.id(), stage);
        });
        return stage;
    }

    private Stage incomingDialog(Call call) {
        IncomingCallViewModel viewModel = new IncomingCallViewModel(call, callers, media, tasks, clock,
                this::afterAccept);
        IncomingCallView view = new IncomingCallView(viewModel);
        Stage stage = stage(view, 360, 380, null); // no owner: it shows even while the main window is minimised
        stage.setTitle("Incoming call — Switchboard");
        stage.setAlwaysOnTop(true);
        Timeline ticker = ticker(viewModel::tick);
        viewModel.closeRequestedProperty().subscribe(close -> {
            if (close) {
                stage.close();
            }
        });
        stage.setOnShown(e -> {
            ticker.play();
            view.focusAccept();
        });
        stage.setOnHidden(e -> {
            ticker.stop();
            viewModel.close();
            open.remove(call.id(), stage);
        });
        return stage;
    }

    /** The dialog closes first (freeing the call's slot), then the call window opens. */
    private void afterAccept(Call call) {
        Platform.runLater(() -> show(call));
    }

    private Stage stage(Parent root, double width, double height, @Nullable Window parent) {
        styler.accept(root);
        Stage stage = new Stage();
        if (parent != null) {
            stage.initOwner(parent);
        }
        stage.setScene(new Scene(root, width, height));
        stage.setMinWidth(320);
        stage.setMinHeight(340);
        return stage;
    }

    private static Timeline ticker(Runnable tick) {
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick.run()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        return ticker;
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
