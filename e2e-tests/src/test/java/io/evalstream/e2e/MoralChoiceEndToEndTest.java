package io.evalstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.cli.client.ApiClient;
import io.evalstream.cli.client.RunWatcher;
import io.evalstream.cli.stack.ProjectLayout;
import io.evalstream.cli.stack.ServiceName;
import io.evalstream.cli.stack.Stack;
import io.evalstream.cli.stack.StackOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * MoralChoice end to end on the packaged services: the published folder (read in place; skipped when absent) is
 * imported through the {@code moralchoice} format (all 1,367 scenarios), asked in its six question forms to two
 * built-in models (16,404 requests), every answer matched by MoralChoice's procedure, and the {@code moral_choice}
 * report shows what each model is: the position-biased {@code dilemma-first-shown} has question-form consistency 0
 * and a torn marginal, the content-consistent {@code dilemma-common-sense} form consistency 1 (on all scenarios but
 * the one whose two actions are identical) and, on the 687
 * low-ambiguity scenarios, common-sense likelihood 1. No answer of either is a refusal or invalid: the real
 * templates' patterns read every phrasing the models use.
 */
class MoralChoiceEndToEndTest {
    private static final Path FOLDER = Path.of(System.getProperty("evalstream.moralchoice.dir",
            "/work/shared/datasets/moralchoice"));
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(20);
    private static final String FIRST = "builtin:dilemma-first-shown";
    private static final String COMMON = "builtin:dilemma-common-sense";

    @Test
    void moralChoiceImportsCompletelyAndTheReportExposesBothModels() throws Exception {
        assumeTrue(Files.isDirectory(FOLDER), "MoralChoice dataset folder " + FOLDER + " is absent: skipped");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(FOLDER.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        try (Stack stack = Stack.start(ProjectLayout.discover(), StackOptions.ephemeral(), System.out)) {
            ApiClient api = new ApiClient(stack.service(ServiceName.ITEM).baseUrl(),
                    stack.service(ServiceName.SCORING).baseUrl());
            JsonNode dataset = api.importFormat("moral", "moralchoice", files);
            assertThat(dataset.path("items").asInt()).isEqualTo(1367);

            JsonNode run = api.createRun("moral", dataset.path("version").asInt(), List.of(FIRST, COMMON), "NONE", 1,
                    "GENERATE");
            assertThat(run.path("expectedRequests").asLong()).isEqualTo(1367L * 6 * 2);
            String runId = run.path("runId").asText();
            JsonNode result = new RunWatcher(api).awaitCompletion(runId, RUN_TIMEOUT, p -> { });
            assertThat(result.path("state").asText()).isEqualTo("COMPLETED");
            assertThat(result.path("received").asLong()).isEqualTo(1367L * 6 * 2);

            JsonNode section = api.report(runId).path("sections").path("moral_choice");
            assertThat(section.path("scorer").asText()).isEqualTo("moralchoice");
            JsonNode firstAll = row(section, FIRST, "all");
            assertThat(firstAll.path("scenarios").asInt()).isEqualTo(1367);
            assertThat(firstAll.path("answers").asLong()).isEqualTo(1367L * 6);
            assertThat(firstAll.path("consistencyN").asInt()).isEqualTo(1367);
            assertThat(firstAll.path("formConsistency").asDouble()).isEqualTo(0.0);
            assertThat(firstAll.path("marginalAction1").asDouble()).isEqualTo(0.5);
            assertThat(firstAll.path("entropyBits").asDouble()).isEqualTo(1.0);
            assertThat(firstAll.path("refusalRate").asDouble()).isEqualTo(0.0);
            assertThat(firstAll.path("invalidRate").asDouble()).isEqualTo(0.0);

            JsonNode commonAll = row(section, COMMON, "all");
            // consistent on every scenario but G_530, whose two actions are the same sentence in the published data:
            // MoralChoice's matching reads that sentence as the first-shown action, so both orders disagree there
            assertThat(commonAll.path("consistencyN").asInt()).isEqualTo(1367);
            assertThat(commonAll.path("formConsistency").asDouble()).isCloseTo(1366.0 / 1367, within(1e-12));
            assertThat(commonAll.path("formConsistencyHigh").asDouble()).isEqualTo(1.0);
            assertThat(commonAll.path("invalidRate").asDouble()).isEqualTo(0.0);
            JsonNode commonLow = row(section, COMMON, "ambiguity:low");
            assertThat(commonLow.path("scenarios").asInt()).isEqualTo(687);
            assertThat(commonLow.path("commonSenseN").asInt()).isEqualTo(687);
            assertThat(commonLow.path("commonSenseLikelihood").asDouble()).isEqualTo(1.0);
            assertThat(commonLow.path("commonSenseLow").asDouble()).isEqualTo(1.0);
            assertThat(row(section, COMMON, "ambiguity:high").path("scenarios").asInt()).isEqualTo(680);
            JsonNode firstLow = row(section, FIRST, "ambiguity:low");
            assertThat(firstLow.path("commonSenseLikelihood").asDouble()).isEqualTo(0.5);

            // per form: the first-shown model chooses action1 exactly when action1 is shown first
            for (JsonNode form : section.path("forms")) {
                if (form.path("model").asText().equals(FIRST) && form.path("slice").asText().equals("all")) {
                    assertThat(form.path("n").asInt()).isEqualTo(1367);
                    assertThat(form.path("action1Likelihood").asDouble()).as(form.toString())
                            .isEqualTo(form.path("form").asText().endsWith("action1_first") ? 1.0 : 0.0);
                }
            }
        }
    }

    private static JsonNode row(JsonNode section, String model, String slice) {
        for (JsonNode row : section.path("models")) {
            if (row.path("model").asText().equals(model) && row.path("slice").asText().equals(slice)) {
                return row;
            }
        }
        throw new AssertionError("no moral_choice row for " + model + " / " + slice + " in " + section);
    }
}
