package io.evalstream.scoring.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reproduces the published AlpacaEval 2.0 win rates (weighted_alpaca_eval_gpt4_turbo leaderboard CSV) from the
 * annotation files, read in place from {@code ../../shared/datasets} (relative to this module) or the directory
 * given by the system property {@code evalstream.datasets}. Skipped when the files are absent.
 */
class AlpacaEvalPublishedTest {

    static Path datasets() {
        String configured = System.getProperty("evalstream.datasets");
        return configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "datasets");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "alpaca-7b.json, 2.591450540223603, 805",
            "vicuna-7b.json, 4.16261116226087, 805",
            "gpt4_gamed.json, 3.7383373713788814, 805",
    })
    void reproducesTheLeaderboard(String file, double published, int rows) throws IOException {
        Path path = datasets().resolve("alpaca-eval").resolve("annotations").resolve(file);
        assumeTrue(Files.isRegularFile(path), "AlpacaEval annotations not found at " + path.toAbsolutePath()
                + " (set -Devalstream.datasets=...); skipping the published-number check");
        AlpacaEvalAnnotations.File annotations = AlpacaEvalAnnotations.read(path);
        AlpacaEvalWinRate.Result r = AlpacaEvalWinRate.of(annotations.preferences());
        assertThat(r.n()).isEqualTo(rows);
        assertThat(r.unannotated()).isZero();
        assertThat(r.winRate()).isCloseTo(published, within(1e-6));
        assertThat(r.standardError()).isPositive();
        AlpacaEvalWinRate.Result dropped = AlpacaEvalWinRate.of(annotations.preferences(),
                AlpacaEvalWinRate.Unannotated.DROP);
        assertThat(dropped.winRate()).isCloseTo(published, within(1e-6));
    }
}
