package org.switchboard.contacts.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallQualityTest {
    @Test
    void threeSilentSecondsMeanNoIncomingAudio() {
        assertThat(withSilence(Duration.ofMillis(2_999)).noIncomingAudio()).isFalse();
        assertThat(withSilence(Duration.ofSeconds(3)).noIncomingAudio()).isTrue();
    }

    private static CallQuality withSilence(Duration silence) {
        return new CallQuality("PCMU/8000", 150, 0, 0, 0, -1, 4.4, silence);
    }
}
