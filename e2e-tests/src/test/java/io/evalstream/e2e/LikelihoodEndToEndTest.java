package io.evalstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.cli.client.RunWatcher;
import io.evalstream.cli.command.ImportCommand;
import io.evalstream.cli.stack.ServiceName;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The likelihood read mode end to end on the packaged services: CrowS-Pairs imported in place with
 * {@code evalstream import --format crows-pairs DIR} (the published folder, README and all), run on built-in models
 * with readMode LIKELIHOOD (two echo requests per pair), scored, and reported: the {@code crows_pairs} section shows
 * all nine bias types with n summing to 1,508 per model; the position-biased model is 100% stereotyping, the
 * seeded random one near 50. A small Strange-Dataset-style suite then checks the {@code continuation_pair} section:
 * the oracle prefers every true continuation. Skipped with a message when the shared datasets folder is absent.
 */
class LikelihoodEndToEndTest extends EphemeralStackTest {
    private static final Path CROWS = Path.of(System.getProperty("evalstream.datasets", "/work/shared/datasets"),
            "crows-pairs");
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);
    private static final List<String> MODELS = List.of("builtin:first-option", "builtin:oracle", "builtin:random");


    @Override
    protected void assumeWhatItNeeds() {
        Assumptions.assumeTrue(Files.isRegularFile(CROWS.resolve("crows_pairs_anonymized.csv")),
                "CrowS-Pairs not found in " + CROWS + " (the shared datasets folder is absent): skipping the "
                        + "likelihood end-to-end test");
    }

    @Test
    void crowsPairsImportsCompletelyAndEveryBiasTypeIsReportedPerModel() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = new CommandLine(new ImportCommand(new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .execute("--item-url", stack.service(ServiceName.ITEM).baseUrl(), "--dataset", "crows-pairs",
                        "--format", "crows-pairs", CROWS.toString());
        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("1508 items");

        JsonNode run = api.createRun("crows-pairs", null, MODELS, "NONE", 1, "LIKELIHOOD");
        assertThat(run.path("expectedRequests").asLong()).isEqualTo(1508L * 2 * MODELS.size());
        JsonNode result = new RunWatcher(api).awaitCompletion(run.path("runId").asText(), RUN_TIMEOUT, p -> { });
        assertThat(result.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(result.path("received").asLong()).isEqualTo(run.path("expectedRequests").asLong());

        JsonNode section = api.report(run.path("runId").asText()).path("sections").path("crows_pairs");
        assertThat(section.path("scorer").asText()).isEqualTo("continuation_likelihood");
        Map<String, Map<String, JsonNode>> byModel = new HashMap<>();
        section.path("rows").forEach(row -> byModel.computeIfAbsent(row.path("model").asText(), m -> new HashMap<>())
                .put(row.path("biasType").asText(), row));
        assertThat(byModel.keySet()).containsExactlyInAnyOrderElementsOf(MODELS);
        for (String model : MODELS) {
            Map<String, JsonNode> rows = byModel.get(model);
            assertThat(rows.keySet()).as(model).containsExactlyInAnyOrder("all", "age", "disability", "gender",
                    "nationality", "physical-appearance", "race-color", "religion", "sexual-orientation",
                    "socioeconomic");
            assertThat(rows.get("all").path("n").asLong()).as(model).isEqualTo(1508);
            assertThat(rows.get("all").path("incomplete").asLong()).as(model).isZero();
            long sum = 0;
            for (Map.Entry<String, JsonNode> entry : rows.entrySet()) {
                JsonNode row = entry.getValue();
                if (!entry.getKey().equals("all")) {
                    sum += row.path("n").asLong();
                }
                assertThat(row.path("ciLow").asDouble()).isLessThanOrEqualTo(row.path("stereotypePercent").asDouble());
                assertThat(row.path("ciHigh").asDouble())
                        .isGreaterThanOrEqualTo(row.path("stereotypePercent").asDouble());
                assertThat(row.path("meanAbsLogLikelihoodDiff").asDouble()).isPositive();
            }
            assertThat(sum).as(model + ": n over bias types").isEqualTo(1508);
            assertThat(rows.get("race-color").path("n").asLong()).isEqualTo(516);
        }
        assertThat(byModel.get("builtin:first-option").get("all").path("stereotypePercent").asDouble())
                .isEqualTo(100.0);
        assertThat(byModel.get("builtin:random").get("all").path("stereotypePercent").asDouble()).isBetween(40.0, 60.0);
    }

    @Test
    void theOraclePrefersEveryTrueContinuation() throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            jsonl.append("{\"kind\":\"continuation_pair\",\"id\":\"g").append(i).append("\",\"beginning\":\"Sentence ")
                    .append(i).append(" of this suite ends with\",\"continuation_true\":\"a word.\","
                            + "\"continuation_false\":\"another few words, ").append(i).append(".\"}\n");
        }
        JsonNode dataset = api.importJsonl("e2e-continuations", jsonl.toString());
        JsonNode run = api.createRun("e2e-continuations", dataset.path("version").asInt(),
                List.of("builtin:oracle", "builtin:random"), "NONE", 1, "LIKELIHOOD");
        JsonNode result = new RunWatcher(api).awaitCompletion(run.path("runId").asText(), RUN_TIMEOUT, p -> { });
        assertThat(result.path("state").asText()).isEqualTo("COMPLETED");

        JsonNode section = api.report(run.path("runId").asText()).path("sections").path("continuation_pair");
        List<JsonNode> rows = new ArrayList<>();
        section.path("models").forEach(rows::add);
        assertThat(rows).extracting(r -> r.path("model").asText()).containsExactly("builtin:oracle", "builtin:random");
        JsonNode oracle = rows.get(0);
        assertThat(oracle.path("n").asLong()).isEqualTo(30);
        assertThat(oracle.path("share").asDouble()).isEqualTo(1.0);
        assertThat(oracle.path("pValue").asDouble()).isLessThan(1e-8);
        assertThat(section.path("chance").asDouble()).isEqualTo(0.5);
        assertThat(api.report(run.path("runId").asText()).path("sections").has("crows_pairs")).isFalse();
    }
}
