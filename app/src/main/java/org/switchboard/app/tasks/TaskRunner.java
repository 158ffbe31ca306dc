package org.switchboard.app.tasks;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work away from the UI thread and hands its outcome back to the UI thread exactly
 * once. The GUI uses {@link FxTaskRunner} (virtual threads, then {@code Platform.runLater}); tests
 * use a synchronous twin that runs everything on the calling thread.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background; then, on the UI thread, {@code onSuccess} with its result or
     * {@code onFailure} with what it threw.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread, later (never inline from a background thread). */
    void onUi(Runnable action);
}
