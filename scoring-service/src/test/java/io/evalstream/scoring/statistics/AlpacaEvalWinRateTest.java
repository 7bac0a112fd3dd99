package io.evalstream.scoring.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AlpacaEvalWinRateTest {

    /**
     * Preferences [2, 1, 1.5, 0]: 0 is a draw, so p - 1 = [1, 0, 0.5, 0.5], mean 0.5 -> WR 50. Deviations
     * [0.5, -0.5, 0, 0], sum of squares 0.5, sample variance 0.5/3, SD 0.408248, SEM 0.408248 / 2 = 0.204124 ->
     * SE 20.4124. One win, one loss, two draws.
     */
    @Test
    void golden() {
        AlpacaEvalWinRate.Result r = AlpacaEvalWinRate.of(Arrays.asList(2.0, 1.0, 1.5, 0.0));
        assertThat(r.winRate()).isCloseTo(50.0, within(1e-12));
        assertThat(r.standardError()).isCloseTo(20.41241452, within(1e-7));
        assertThat(r.n()).isEqualTo(4);
        assertThat(r.wins()).isEqualTo(1);
        assertThat(r.losses()).isEqualTo(1);
        assertThat(r.draws()).isEqualTo(2);
    }

    /**
     * [1.8, null]: as a draw -> [0.8, 0.5], WR 65, one unannotated; dropped -> [0.8], WR 80, n 1, no SE.
     */
    @Test
    void unannotatedRowsAreDrawsOrDropped() {
        AlpacaEvalWinRate.Result draw = AlpacaEvalWinRate.of(Arrays.asList(1.8, null));
        assertThat(draw.winRate()).isCloseTo(65.0, within(1e-12));
        assertThat(draw.n()).isEqualTo(2);
        assertThat(draw.unannotated()).isEqualTo(1);
        AlpacaEvalWinRate.Result drop = AlpacaEvalWinRate.of(Arrays.asList(1.8, Double.NaN),
                AlpacaEvalWinRate.Unannotated.DROP);
        assertThat(drop.winRate()).isCloseTo(80.0, within(1e-12));
        assertThat(drop.n()).isEqualTo(1);
        assertThat(drop.standardError()).isNull();
        assertThat(drop.unannotated()).isEqualTo(1);
        assertThat(AlpacaEvalWinRate.of(Arrays.asList()).winRate()).isNull();
    }

    @Test
    void rejectsPreferencesOutsideTheScale() {
        assertThatThrownBy(() -> AlpacaEvalWinRate.of(Arrays.asList(2.5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlpacaEvalWinRate.of(Arrays.asList(0.5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Preferences as numbers and as strings; null, missing, empty and non-numeric read as unannotated. */
    @Test
    void readsPublishedFieldShapes() throws IOException {
        String json = """
                [
                 {"instruction": "i1", "dataset": "d", "generator_1": "base", "output_1": "aa",
                  "generator_2": "m", "output_2": "bbb", "annotator": "j", "preference": "1.75", "raw_completion": {}},
                 {"instruction": "i2", "generator_2": "m", "preference": 2},
                 {"instruction": "i3", "generator_2": "m", "preference": null},
                 {"instruction": "i4", "generator_2": "m"},
                 {"instruction": "i5", "generator_2": "m", "preference": " "},
                 {"instruction": "i6", "generator_2": "other", "preference": "NaN"},
                 null
                ]""";
        AlpacaEvalAnnotations.File file = AlpacaEvalAnnotations.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(file.annotations()).hasSize(6);
        assertThat(file.skippedEntries()).isEqualTo(1);
        assertThat(file.preferences()).containsExactly(1.75, 2.0, null, null, null, null);
        assertThat(file.model()).isEqualTo("m");
        AlpacaEvalAnnotations.Annotation first = file.annotations().get(0);
        assertThat(first.output1()).isEqualTo("aa");
        assertThat(first.output2()).isEqualTo("bbb");
        assertThat(first.generator1()).isEqualTo("base");
        assertThat(first.annotator()).isEqualTo("j");
        // (0.75 + 1 + 4 x 0.5) / 6 = 3.75 / 6 = 0.625
        assertThat(AlpacaEvalWinRate.of(file.preferences()).winRate()).isCloseTo(62.5, within(1e-12));
    }

    @Test
    void rejectsANonArray() {
        assertThatThrownBy(() -> AlpacaEvalAnnotations.read(
                new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(IOException.class);
    }
}
