package io.evalstream.item.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evalstream.item.kind.ItemKinds;
import io.evalstream.item.kind.ParsedItem;
import io.evalstream.item.kind.RewardPair;
import io.evalstream.item.problem.ProblemError;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Strategy: convert RewardBench-style lines (published shape: integer ids, extra model columns) and validate
 * them as the import endpoint does; bad rows must be rejected naming file and line (and field, for the kind's
 * own checks).
 */
class RewardBenchFormatTest {
    private final RewardBenchFormat format = new RewardBenchFormat();
    private final JsonlParser parser = new JsonlParser(ItemKinds.builtIn(), 100, 10_000);

    @Test
    void publishedRowsBecomeRewardPairsSlicedBySubset() {
        String content = """
                {"prompt":"Hi","chosen":"Hello!","chosen_model":"x","rejected":"Go away","rejected_model":"y","subset":"alpacaeval-easy","id":30}

                {"prompt":"Q","chosen":"A","rejected":"B","subset":"xstest-should-refuse"}
                """;
        List<ParsedItem<?>> items = parser.parseSourced(format.convert(List.of(new SourceFile("rb/filtered.jsonl",
                content))));

        assertThat(items).extracting(ParsedItem::id).containsExactly("30", "filtered-3");
        RewardPair first = (RewardPair) items.get(0).content();
        assertThat(first.chosen()).isEqualTo("Hello!");
        assertThat(first.subset()).isEqualTo("alpacaeval-easy");
        assertThat(items.get(0).slices()).containsExactly("alpacaeval-easy");
        assertThat(items.get(1).kind().name()).isEqualTo("reward_pair");
    }

    @Test
    void aRowThatIsNotJsonIsRejectedWithFileAndLine() {
        assertThatThrownBy(() -> format.convert(List.of(new SourceFile("a.jsonl",
                "{\"prompt\":\"p\",\"chosen\":\"c\",\"rejected\":\"r\",\"subset\":\"s\"}\n{oops\n[1]"))))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors()).extracting(ProblemError::file, ProblemError::line)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("a.jsonl", 2),
                                    org.assertj.core.groups.Tuple.tuple("a.jsonl", 3));
                    assertThat(e.getMessage()).contains("a.jsonl line 2");
                });
    }

    @Test
    void aRowMissingAFieldIsRejectedByTheKindNamingFileLineAndField() {
        List<SourcedItem> converted = format.convert(List.of(new SourceFile("b.jsonl",
                "{\"prompt\":\"p\",\"chosen\":\"c\",\"rejected\":\"r\",\"subset\":\"s\"}\n"
                        + "{\"prompt\":\"p\",\"chosen\":\"c\",\"subset\":\"s\",\"id\":\"x\"}")));

        assertThatThrownBy(() -> parser.parseSourced(converted)).isInstanceOfSatisfying(
                ImportRejectedException.class, e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.file()).isEqualTo("b.jsonl");
                    assertThat(error.line()).isEqualTo(2);
                    assertThat(error.field()).isEqualTo("rejected");
                }));
    }
}
