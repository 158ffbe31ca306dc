package org.switchboard.app.testing;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.switchboard.app.tasks.TaskRunner;

/** The synchronous twin of the FX task runner: work and its outcome run on the calling thread. */
public final class DirectTaskRunner implements TaskRunner {
    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }
}
