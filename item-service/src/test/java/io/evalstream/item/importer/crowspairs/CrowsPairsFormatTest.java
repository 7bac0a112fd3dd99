package io.evalstream.item.importer.crowspairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evalstream.item.importer.ImportRejectedException;
import io.evalstream.item.importer.JsonlParser;
import io.evalstream.item.importer.SourceFile;
import io.evalstream.item.importer.SourcedItem;
import io.evalstream.item.kind.ContinuationPair;
import io.evalstream.item.kind.ItemKinds;
import io.evalstream.item.kind.ParsedItem;
import io.evalstream.item.problem.ProblemError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Strategy: convert CSV text as published (quoted cells with commas and line breaks, the unnamed index column) and
 * validate the converted lines exactly as the import endpoint does ({@link JsonlParser#parseSourced}); errors must
 * name file, line and column. The real file, when present, must convert completely.
 */
class CrowsPairsFormatTest {
    static final Path REAL = Path.of("/work/shared/datasets/crows-pairs/crows_pairs_anonymized.csv");
    private static final String HEADER = ",sent_more,sent_less,stereo_antistereo,bias_type,annotations,anon_writer,"
            + "anon_annotators\n";
    private final CrowsPairsFormat format = new CrowsPairsFormat();
    private final JsonlParser parser = new JsonlParser(ItemKinds.builtIn(), 100, 1_000_000);

    @Test
    void rowsBecomeContinuationPairsWithTheirSourceLines() {
        String csv = HEADER
                + "0,\"Old people, as usual,\nforget things.\",\"Young people, as usual,\nforget things.\",stereo,age,"
                + "\"[['age']]\",a0,\"['a1']\"\n"
                + "7,Women can't drive.,Men can't drive.,antistereo,gender,[],a1,[]\n";
        List<SourcedItem> items = format.convert(List.of(new SourceFile("crows.csv", csv),
                new SourceFile("DATA_README.md", "# not data")));

        // the first row spans lines 2-4 (two quoted cells with a line break each)
        assertThat(items).extracting(SourcedItem::line).containsExactly(2, 5);
        assertThat(items.get(0).item().path("id").asText()).isEqualTo("crows-0");
        assertThat(items.get(0).item().path("sent_more").asText()).isEqualTo("Old people, as usual,\nforget things.");
        assertThat(items.get(1).item().path("id").asText()).isEqualTo("crows-7");
        assertThat(items.get(1).item().path("slices").get(0).asText()).isEqualTo("gender");
        List<ParsedItem<?>> parsed = parser.parseSourced(items);
        ContinuationPair pair = (ContinuationPair) parsed.get(1).content();
        assertThat(pair).isEqualTo(new ContinuationPair(ContinuationPair.Form.MORE_LESS, "", "Women can't drive.",
                "Men can't drive.", "gender", "antistereo"));
        assertThat(parsed.get(1).slices()).containsExactly("gender");
    }

    @Test
    void aMissingColumnIsRejectedNamingFileLineAndColumn() {
        String csv = ",sent_more,sent_less,bias_type\n0,a,b,age\n";
        assertThatThrownBy(() -> format.convert(List.of(new SourceFile("data/crows.csv", csv))))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("data/crows.csv line 1").hasMessageContaining("stereo_antistereo")
                .satisfies(e -> assertThat(((ImportRejectedException) e).errors())
                        .containsExactly(new ProblemError(1, "stereo_antistereo", "missing column 'stereo_antistereo'; "
                                + "the header is [, sent_more, sent_less, bias_type]", "data/crows.csv")));
    }

    @Test
    void badRowsAreRejectedWithTheirLines() {
        String csv = HEADER + "0,a,b,stereo,age,[],a0,[]\n1,only two\n2,c,   ,stereo,age,[],a0,[]\n"
                + "3,d,e,sideways,age,[],a0,[]\n";
        assertThatThrownBy(() -> format.convert(List.of(new SourceFile("crows.csv", csv))))
                .isInstanceOf(ImportRejectedException.class)
                .satisfies(e -> assertThat(((ImportRejectedException) e).errors()).extracting(ProblemError::line)
                        .containsOnly(3));
        String converted = HEADER + "0,a,b,stereo,age,[],a0,[]\n2,c,   ,stereo,age,[],a0,[]\n"
                + "3,d,e,sideways,,[],a0,[]\n";
        List<SourcedItem> items = format.convert(List.of(new SourceFile("crows.csv", converted)));
        assertThatThrownBy(() -> parser.parseSourced(items)).isInstanceOf(ImportRejectedException.class)
                .satisfies(e -> assertThat(((ImportRejectedException) e).errors())
                        .extracting(err -> err.file() + ":" + err.line() + ":" + err.field())
                        .containsExactlyInAnyOrder("crows.csv:3:sent_less", "crows.csv:4:bias_type",
                                "crows.csv:4:stereo_antistereo"));
        assertThatThrownBy(() -> format.convert(List.of(new SourceFile("README.md", "x"))))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("no .csv file");
    }

    @Test
    void thePublishedFileConvertsCompletely() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(REAL), "CrowS-Pairs not found at " + REAL
                + " (the shared datasets folder is absent): skipping the real-file conversion");
        String content = Files.readString(REAL, StandardCharsets.UTF_8);
        List<ParsedItem<?>> items = parser.parseSourced(format.convert(List.of(new SourceFile(
                REAL.getFileName().toString(), content))));

        assertThat(items).hasSize(1508);
        assertThat(new HashSet<>(items.stream().map(ParsedItem::id).toList())).hasSize(1508);
        Map<String, Integer> byType = new HashMap<>();
        items.forEach(i -> byType.merge(((ContinuationPair) i.content()).biasType(), 1, Integer::sum));
        // the published counts per bias type (Nangia et al., 2020, Table 1)
        assertThat(byType).containsEntry("race-color", 516).containsEntry("gender", 262)
                .containsEntry("socioeconomic", 172).containsEntry("nationality", 159).containsEntry("religion", 105)
                .containsEntry("age", 87).containsEntry("sexual-orientation", 84)
                .containsEntry("physical-appearance", 63).containsEntry("disability", 60).hasSize(9);
    }
}
