package io.evalstream.item.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.evalstream.item.kind.FieldErrors;
import io.evalstream.item.kind.Pairwise;
import io.evalstream.item.kind.PairwiseKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlpacaEvalPairsTest {
    private final AlpacaEvalPairs format = new AlpacaEvalPairs();
    private final PairwiseKind kind = new PairwiseKind();

    @Test
    void rowsBecomePairwiseItemsWithTheBaselineAsResponseA() {
        String file = """
                [{"instruction": "Say hi", "output_1": "Hello there!", "generator_1": "gpt4_1106_preview",
                  "output_2": "hi", "generator_2": "m1", "dataset": "oasst", "preference": "1.2"},
                 7,
                 {"instruction": "Count", "output_1": "1 2 3", "output_2": "one", "preference": null}]""";
        List<SourcedItem> items = format.convert(List.of(new SourceFile("dir/m1.json", file)));
        assertThat(items).hasSize(2);
        SourcedItem first = items.get(0);
        assertThat(first.file()).isEqualTo("dir/m1.json");
        assertThat(first.line()).isEqualTo(1);
        assertThat(first.item().path("kind").asText()).isEqualTo("pairwise");
        assertThat(first.item().path("id").asText()).startsWith("m1/").hasSize(3 + 20);
        assertThat(first.item().path("response_a").asText()).isEqualTo("Hello there!");
        assertThat(first.item().path("response_b").asText()).isEqualTo("hi");
        assertThat(first.item().path("slices").toString()).contains("model:m1").contains("baseline:gpt4_1106_preview")
                .contains("dataset:oasst");
        // the third entry (row 3, after a non-object) has no generator_2: the file's name stands in
        assertThat(items.get(1).line()).isEqualTo(3);
        assertThat(items.get(1).item().path("id").asText()).startsWith("m1/");
        FieldErrors errors = new FieldErrors();
        Pairwise p = kind.parse(first.item(), errors);
        assertThat(errors.isEmpty()).isTrue();
        assertThat(p.instruction()).isEqualTo("Say hi");
    }

    @Test
    void aFileThatIsNotAnArrayIsNamed() {
        assertThatThrownBy(() -> format.convert(List.of(new SourceFile("x.json", "{}"))))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors().get(0).file()).isEqualTo("x.json");
                    assertThat(e.getMessage()).contains("JSON array");
                });
    }

    @Test
    void everyPublishedFileConvertsIntoValidPairwiseItems() throws IOException {
        String configured = System.getProperty("evalstream.datasets");
        Path dir = (configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "datasets"))
                .resolve("alpaca-eval").resolve("annotations");
        assumeTrue(Files.isDirectory(dir), "AlpacaEval annotations not found at " + dir.toAbsolutePath()
                + "; skipping the published-file conversion");
        try (var files = Files.list(dir)) {
            for (Path path : files.sorted().toList()) {
                List<SourcedItem> items = format.convert(List.of(new SourceFile(path.getFileName().toString(),
                        Files.readString(path))));
                assertThat(items.size()).as(path.toString()).isBetween(800, 805);
                assertThat(items.stream().map(i -> i.item().path("id").asText()).distinct().count())
                        .isEqualTo(items.size());
                for (SourcedItem item : items) {
                    FieldErrors errors = new FieldErrors();
                    kind.parse(item.item(), errors);
                    assertThat(errors.list()).as(path + " row " + item.line()).isEmpty();
                }
            }
        }
    }
}
