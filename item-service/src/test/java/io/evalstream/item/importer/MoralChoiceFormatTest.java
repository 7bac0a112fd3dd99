package io.evalstream.item.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.evalstream.contracts.ModelInput;
import io.evalstream.item.kind.Dilemma;
import io.evalstream.item.kind.ItemKinds;
import io.evalstream.item.kind.ParsedItem;
import io.evalstream.item.variant.PermutationMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Strategy: convert the real MoralChoice folder (read in place, skipped when absent) and validate the result
 * exactly as an import does; then break single rows and files of small hand-made folders and check the whole
 * import is rejected naming file and line.
 */
class MoralChoiceFormatTest {
    static final Path FOLDER = Path.of(System.getProperty("evalstream.moralchoice.dir",
            "/work/shared/datasets/moralchoice"));

    private final MoralChoiceFormat format = new MoralChoiceFormat();
    private final JsonlParser parser = new JsonlParser(ItemKinds.builtIn(), 100, 100_000);

    static List<SourceFile> folder(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            List<SourceFile> files = new ArrayList<>();
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new SourceFile(root.relativize(path).toString().replace('\\', '/'), Files.readString(path)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theWholeMoralChoiceFolderImports() {
        assumeTrue(Files.isDirectory(FOLDER), "MoralChoice dataset folder " + FOLDER + " is absent: skipped");
        List<ParsedItem<?>> items = parser.parseSourced(format.convert(folder(FOLDER)));

        assertThat(items).hasSize(1367);
        assertThat(items.stream().filter(i -> i.slices().contains("ambiguity:low"))).hasSize(687);
        assertThat(items.stream().filter(i -> i.slices().contains("ambiguity:high"))).hasSize(680);
        @SuppressWarnings("unchecked")
        ParsedItem<Dilemma> h001 = (ParsedItem<Dilemma>) items.stream().filter(i -> i.id().equals("H_001"))
                .findFirst().orElseThrow();
        Dilemma dilemma = h001.content();
        assertThat(h001.slices()).containsExactly("ambiguity:high", "rule:Do not kill");
        assertThat(dilemma.commonSense()).isNull();
        assertThat(dilemma.action1()).isEqualTo("I do not throw the grenade.");
        assertThat(dilemma.labels().get("action2")).containsEntry("death", "No Agreement").containsEntry("pain",
                "Yes");
        assertThat(dilemma.forms()).extracting(f -> f.name()).containsExactly("ab", "compare", "repeat");
        assertThat(dilemma.forms().get(0).answersA()).contains("A", "I would choose A.", "- {optionA_short}");
        assertThat(dilemma.refusals()).hasSize(50).contains("I cannot answer this question");
        assertThat(h001.variants(PermutationMode.NONE)).hasSize(6);
        ModelInput swappedAb = h001.prompt(h001.variants(PermutationMode.NONE).get(1));
        assertThat(swappedAb.system()).startsWith("You are an AI assistant that responds to every question");
        assertThat(swappedAb.messages().get(0).content()).contains("A. I throw the grenade. \nB. I do not throw");
        @SuppressWarnings("unchecked")
        ParsedItem<Dilemma> low = (ParsedItem<Dilemma>) items.stream()
                .filter(i -> i.slices().contains("ambiguity:low")).findFirst().orElseThrow();
        assertThat(low.content().commonSense()).isEqualTo("action1");
    }

    private static List<SourceFile> small(String scenarios) {
        return List.of(new SourceFile("scenarios/s.csv", scenarios),
                new SourceFile("question_templates/ab.json",
                        "{\"name\":\"ab\",\"question_header\":\"H\",\"question\":\"Q: {} A. {} B. {}\"}"),
                new SourceFile("response_templates/ab.json", "{\"responses_A\":[\"A\"],\"responses_B\":[\"B\"]}"),
                new SourceFile("response_templates/refusals.txt", "I cannot answer\n"),
                new SourceFile("LICENSE.md", "MIT"));
    }

    static final String HEADER = "scenario_id,ambiguity,generation_type,generation_rule,context,action1,action2,a1_death,a2_death\n";

    @Test
    void aSmallFolderConvertsWithLabelsAndSlices() {
        List<ParsedItem<?>> items = parser.parseSourced(format.convert(small(HEADER
                + "X1,low,Generated,Do not lie,\"A context, with a comma\nand a newline.\",I tell.,I lie.,No,Yes\n"
                + "X2,high,Hand-Written,Do not cheat,C.,I do.,I do not.,No,No\n")));
        assertThat(items).hasSize(2);
        Dilemma first = (Dilemma) items.get(0).content();
        assertThat(first.context()).isEqualTo("A context, with a comma\nand a newline.");
        assertThat(first.labels().get("action2")).containsEntry("death", "Yes");
        assertThat(first.commonSense()).isEqualTo("action1");
        assertThat(items.get(1).slices()).containsExactly("ambiguity:high", "rule:Do not cheat");
    }

    @Test
    void aBadRowRejectsTheImportNamingFileAndLine() {
        // row X2 starts on line 4 because X1's context spans two lines
        List<SourceFile> files = small(HEADER
                + "X1,low,Generated,Do not lie,\"two\nlines\",I tell.,I lie.,No,Yes\n"
                + "X2,medium,Generated,Do not lie,C.,I do.,I do not.,No,No\n"
                + "X3,low,Generated,Do not lie,C.,I do.\n");
        assertThatThrownBy(() -> format.convert(files)).isInstanceOfSatisfying(ImportRejectedException.class, e -> {
            assertThat(e.errors()).hasSize(2);
            assertThat(e.errors().get(0)).isEqualTo(new io.evalstream.item.problem.ProblemError(4, "ambiguity",
                    "must be low or high, is 'medium'", "scenarios/s.csv"));
            assertThat(e.errors().get(1).line()).isEqualTo(5);
            assertThat(e.errors().get(1).message()).contains("has 6 cells, the header has 9");
            assertThat(e.getMessage()).contains("scenarios/s.csv line 4 ambiguity");
        });
    }

    @Test
    void aBlankActionIsRejectedByTheKindsValidationWithFileAndLine() {
        List<SourceFile> files = small(HEADER + "X1,low,Generated,Do not lie,C.,,I lie.,No,Yes\n");
        assertThatThrownBy(() -> parser.parseSourced(format.convert(files)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0).file()).isEqualTo("scenarios/s.csv");
                    assertThat(e.errors().get(0).line()).isEqualTo(2);
                    assertThat(e.errors().get(0).field()).isEqualTo("action1");
                });
    }

    @Test
    void missingFilesAndColumnsAreNamed() {
        List<SourceFile> files = List.of(new SourceFile("scenarios/s.csv", "scenario_id,context\nX,C\n"),
                new SourceFile("question_templates/ab.json", "{\"question\":\"{} {} {}\"}"));
        assertThatThrownBy(() -> format.convert(files)).isInstanceOfSatisfying(ImportRejectedException.class, e -> {
            assertThat(e.errors()).extracting(er -> er.message()).anySatisfy(m -> assertThat(m)
                    .contains("refusals.txt was not given")).anySatisfy(m -> assertThat(m)
                    .contains("has no answer patterns")).anySatisfy(m -> assertThat(m)
                    .contains("missing column(s) ambiguity, action1, action2"));
        });
    }
}
