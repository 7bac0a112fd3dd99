package io.evalstream.scoring.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.scoring.alpacaeval.PreferenceScorer;
import io.evalstream.scoring.scorer.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlpacaEvalFormatTest {
    private final AlpacaEvalFormat format = new AlpacaEvalFormat();
    private final PreferenceScorer scorer = new PreferenceScorer();

    static final String M1 = """
            [
             {"instruction": "q1", "output_1": "base", "generator_1": "gpt4_1106_preview", "output_2": "héllo",
              "generator_2": "m1", "preference": 2.0, "dataset": "oasst"},
             {"instruction": "q2", "output_1": "bb", "output_2": "x", "generator_2": "m1", "preference": "1.0"},
             {"instruction": "q3", "output_1": "", "output_2": "", "generator_2": "m1", "preference": "1.75"},
             {"instruction": "q4", "output_1": "a", "output_2": "b", "generator_2": "m1", "preference": null},
             {"instruction": "q5", "output_1": "a", "output_2": "b", "generator_2": "m1", "preference": 0},
             "not a row",
             {"instruction": "q6", "output_1": "a", "output_2": "b", "preference": "n/a"}
            ]""";

    @Test
    void rowsBecomeResponsesOfTheModelWithTheirPreferenceAndLengths() {
        ConvertedImport c = format.convert("import-1", List.of(new ImportFile("m1.json", M1)));
        assertThat(c.models()).containsExactly("m1");
        assertThat(c.responses()).hasSize(6);
        assertThat(c.files()).containsExactly(new ConvertedImport.FileSummary("m1.json", "m1", 6, 1, 2));
        ResponseReceived first = c.responses().get(0);
        assertThat(first.runId()).isEqualTo("import-1");
        assertThat(first.modelId()).isEqualTo("m1");
        assertThat(first.itemId()).isEqualTo(AlpacaEvalFormat.itemId("q1"));
        assertThat(first.scoring().kind()).isEqualTo(PreferenceScorer.KIND);
        assertThat(first.scoring().attributes()).containsEntry("baseline_length", "4")
                .containsEntry("model_length", "5").containsEntry("baseline", "gpt4_1106_preview");
        assertThat(first.scoring().slices()).containsExactly("dataset:oasst");
        // the row without generator_2 takes the file's model; its non-numeric preference is unannotated
        assertThat(c.responses().get(5).modelId()).isEqualTo("m1");

        List<Double> scores = c.responses().stream().map(scorer::score).map(Score::score).toList();
        assertThat(scores).containsExactly(1.0, 0.0, 0.75, 0.5, 0.5, 0.5);
        Score unannotated = scorer.score(c.responses().get(3));
        assertThat(unannotated.details()).containsEntry("unannotated", true).containsEntry("preference", null);
        assertThat(scorer.score(c.responses().get(4)).details()).containsEntry("preference", 0.0)
                .containsEntry("unannotated", false);
    }

    @Test
    void badFilesAreRejectedWholeNamingFileRowAndField() {
        String bad = """
                [{"instruction": "q1", "generator_2": "m2", "preference": 3},
                 {"instruction": "", "generator_2": "m2", "preference": 1},
                 {"instruction": "q1", "generator_2": "m2", "preference": 1}]""";
        assertThatThrownBy(() -> format.convert("r", List.of(new ImportFile("m2.json", bad))))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors()).containsExactly(
                            new ImportError("m2.json", 1, "preference", "must be 0 (draw) or in [1, 2], got 3"),
                            new ImportError("m2.json", 2, "instruction", "missing or empty"));
                    assertThat(e.getMessage()).startsWith("m2.json line 1, preference:").contains("(and 1 more)");
                });
        assertThatThrownBy(() -> format.convert("r", List.of(new ImportFile("x.json", "{\"a\": 1}"))))
                .hasMessageContaining("x.json").hasMessageContaining("JSON array");
        assertThatThrownBy(() -> format.convert("r", List.of(new ImportFile("a.json", M1),
                new ImportFile("b.json", M1)))).hasMessageContaining("model 'm1' is also in a.json");
        String duplicate = "[{\"instruction\": \"q\", \"generator_2\": \"m\", \"preference\": 1},"
                + "{\"instruction\": \"q\", \"generator_2\": \"m\", \"preference\": 2}]";
        assertThatThrownBy(() -> format.convert("r", List.of(new ImportFile("d.json", duplicate))))
                .hasMessageContaining("the same instruction as row 1");
    }

    @Test
    void oneInstructionIsOneItemAcrossModels() {
        String m2 = "[{\"instruction\": \"q1\", \"output_1\": \"a\", \"output_2\": \"b\", \"generator_2\": \"m2\","
                + " \"preference\": 1.5}]";
        ConvertedImport c = format.convert("r", List.of(new ImportFile("m1.json", M1), new ImportFile("m2.json", m2)));
        assertThat(c.models()).containsExactly("m1", "m2");
        ResponseReceived m1q1 = c.responses().get(0);
        ResponseReceived m2q1 = c.responses().get(c.responses().size() - 1);
        assertThat(m2q1.itemId()).isEqualTo(m1q1.itemId());
        assertThat(m2q1.requestId()).isNotEqualTo(m1q1.requestId());
    }
}
