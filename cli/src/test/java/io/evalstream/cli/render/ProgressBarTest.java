package io.evalstream.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void showsFractionRateEtaAndErrors() {
        String line = ProgressBar.render(250, 1000, 3, Duration.ofSeconds(5), 20);
        assertThat(line).startsWith("[#####...............]")
                .contains("25.0%").contains("250/1000").contains("50/s").contains("eta 15s").contains("errors 3");
    }

    @Test
    void completeRunHasFullBarAndNoEta() {
        assertThat(ProgressBar.render(10, 10, 0, Duration.ofSeconds(1), 10))
                .startsWith("[##########]").contains("100.0%").contains("eta -");
    }

    @Test
    void unknownPlanDoesNotDivideByZero() {
        assertThat(ProgressBar.render(0, 0, 0, Duration.ZERO, 4)).startsWith("[....]").contains("0.0%");
    }

    @Test
    void serverFiguresAreShownAsGivenAndUnknownOnesAsDashes() {
        assertThat(ProgressBar.render(40, 100, 2, 12.6, 125.0, 10))
                .startsWith("[####......]").contains("40.0%").contains("40/100").contains("13/s")
                .contains("eta 2m05s").contains("errors 2");
        assertThat(ProgressBar.render(0, 100, 0, null, null, 10)).contains("-/s").contains("eta -");
    }

    @Test
    void longEtaInMinutes() {
        assertThat(ProgressBar.formatDuration(125)).isEqualTo("2m05s");
    }
}
