package org.switchboard.contacts.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EModelTest {
    @Test
    void aCleanLoopbackCallRatesNearTheTop() {
        assertThat(EModel.mos("PCMU", 0, 0.5, 0.2)).isCloseTo(4.4, within(0.05));
    }

    @ParameterizedTest(name = "{0}% loss → MOS below {1}")
    @CsvSource({"1, 4.35", "5, 3.95", "20, 2.8", "50, 1.8"})
    void lossLowersTheScore(double loss, double below) {
        assertThat(EModel.mos("opus", loss, 5, 40)).isLessThan(below);
    }

    @Test
    void longDelayHurtsMoreThanShortDelay() {
        assertThat(EModel.mos("PCMA", 0, 2, 600)).isLessThan(EModel.mos("PCMA", 0, 2, 100) - 0.3);
    }

    @Test
    void scoreStaysInRange() {
        assertThat(EModel.mos("opus", 100, 500, 5000)).isEqualTo(1.0);
        assertThat(EModel.mosOf(120)).isEqualTo(4.5);
        assertThat(EModel.mos("opus", -3, -1, -1)).isBetween(4.0, 4.5);
    }
}
