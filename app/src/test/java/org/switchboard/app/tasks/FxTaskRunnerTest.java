package org.switchboard.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What a closed runner does with work asked of it later (a throttled refresh of a closing window). */
class FxTaskRunnerTest {
    @Test
    void workAskedForAfterCloseIsDroppedWithoutAnError() {
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();

        assertThatCode(() -> runner.run(() -> {
            ran.set(true);
            return 1;
        }, result -> ran.set(true), failure -> ran.set(true))).doesNotThrowAnyException();
        assertThat(ran).isFalse();
    }
}
