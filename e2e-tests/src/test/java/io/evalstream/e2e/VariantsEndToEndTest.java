package io.evalstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.cli.client.RunWatcher;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's variants slice on the packaged system: PriDe planned by item-service ({@code "debias": "pride"}), read by
 * the built-in position-biased model through real Kafka, and reported by scoring-service from the stored label
 * distributions. Strategy: 100 four-option items with the gold spread evenly over A-D; builtin:first-option leans
 * to A (0.60 on A when it does not know, 0.25 left on the gold), so its observed answers are position-biased while
 * its distribution still carries the content; PriDe must estimate a prior peaked on A from the 5 calibration items
 * and, dividing it out, lower RStd and raise accuracy on the same items, at 1.15 forward passes per item.
 */
class VariantsEndToEndTest extends EphemeralStackTest {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ITEMS = 100;



    @Test
    void prideLowersFirstOptionsRStdAndRaisesItsAccuracy() throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < ITEMS; i++) {
            jsonl.append("{\"kind\":\"multiple_choice\",\"id\":\"mc").append(i).append("\",\"question\":\"Question ")
                    .append(i).append("?\",\"choices\":[\"w").append(i).append("\",\"x").append(i).append("\",\"y")
                    .append(i).append("\",\"z").append(i).append("\"],\"answer\":").append(i % 4).append("}\n");
        }
        JsonNode dataset = api.importJsonl("e2e-pride", jsonl.toString());
        ObjectNode body = JSON.createObjectNode();
        body.put("suite", "e2e-pride").put("version", dataset.path("version").asInt()).put("readMode", "LABEL_PROBS")
                .put("debias", "pride").put("seed", 11);
        body.putArray("models").add("builtin:first-option").add("builtin:oracle");
        JsonNode run = api.createRun(body);
        // 5 calibration items x 4 cyclic shifts + 95 items in the default order, per model
        assertThat(run.path("expectedRequests").asLong()).isEqualTo(2 * (5 * 4 + 95));
        String runId = run.path("runId").asText();
        JsonNode result = new RunWatcher(api).awaitCompletion(runId, RUN_TIMEOUT, p -> { });
        assertThat(result.path("state").asText()).isEqualTo("COMPLETED");

        JsonNode pride = api.report(runId).path("sections").path("pride");
        assertThat(pride.path("scorer").asText()).isEqualTo("choice");
        assertThat(pride.path("filter").asText()).isEqualTo("label_probs");
        JsonNode first = row(pride.path("models"), "builtin:first-option");
        assertThat(first.path("items").asLong()).isEqualTo(ITEMS);
        assertThat(first.path("calibrationItems").asInt()).isEqualTo(5);
        assertThat(first.path("forwardPassesPerItem").asDouble()).isEqualTo(1.15);
        assertThat(first.path("rstdAfter").asDouble()).as(first.toString())
                .isLessThan(first.path("rstdBefore").asDouble());
        assertThat(first.path("accuracyAfter").asDouble()).as(first.toString())
                .isGreaterThan(first.path("accuracyBefore").asDouble());
        // not a marginal change: the intervals do not overlap
        assertThat(first.path("accuracyAfterLow").asDouble()).isGreaterThan(first.path("accuracyBeforeHigh").asDouble());
        assertThat(first.path("rstdBeforeLow").asDouble()).isLessThanOrEqualTo(first.path("rstdBefore").asDouble());
        assertThat(first.path("rstdBeforeHigh").asDouble()).isGreaterThanOrEqualTo(first.path("rstdBefore").asDouble());
        JsonNode priorA = null;
        for (JsonNode p : pride.path("prior")) {
            if (p.path("modelId").asText().equals("builtin:first-option") && p.path("position").asText().equals("A")) {
                priorA = p;
            }
        }
        assertThat(priorA).isNotNull();
        assertThat(priorA.path("prior").asDouble()).as("prior of A").isGreaterThan(0.4);
        assertThat(priorA.path("n").asInt()).isEqualTo(5);
        // the unbiased oracle stays perfect and unbiased
        JsonNode oracle = row(pride.path("models"), "builtin:oracle");
        assertThat(oracle.path("accuracyBefore").asDouble()).isEqualTo(1.0);
        assertThat(oracle.path("accuracyAfter").asDouble()).isEqualTo(1.0);
        assertThat(oracle.path("rstdAfter").asDouble()).isEqualTo(0.0);

        // the accuracy section of the same run: every response (calibration variants included), items as clusters
        JsonNode accuracy = api.report(runId).path("sections").path("accuracy");
        JsonNode oracleAccuracy = row(accuracy.path("models"), "builtin:oracle");
        assertThat(oracleAccuracy.path("n").asLong()).isEqualTo(5 * 4 + 95);
        assertThat(oracleAccuracy.path("items").asLong()).isEqualTo(ITEMS);
        assertThat(oracleAccuracy.path("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(oracleAccuracy.path("chance").asDouble()).isEqualTo(0.25);
        assertThat(oracleAccuracy.path("pValueVsChance").asDouble()).isLessThan(1e-6);
        JsonNode firstAccuracy = row(accuracy.path("models"), "builtin:first-option");
        assertThat(firstAccuracy.path("accuracy").asDouble()).isBetween(firstAccuracy.path("low").asDouble(),
                firstAccuracy.path("high").asDouble());
        assertThat(firstAccuracy.path("clusteredStandardError").asDouble()).isPositive();
        JsonNode pair = accuracy.path("comparisons").get(0);
        assertThat(pair.path("modelId").asText()).isEqualTo("builtin:oracle");
        assertThat(pair.path("otherModelId").asText()).isEqualTo("builtin:first-option");
        assertThat(pair.path("items").asInt()).isEqualTo(ITEMS);
        assertThat(pair.path("difference").asDouble()).isPositive();
        assertThat(pair.path("significant").asBoolean()).as(pair.toString()).isTrue();
    }

    /**
     * Variants and the Strange Dataset section: gold_at:3 under three templates (zero-shot, few-shot with 2 seeded
     * exemplars, chain of thought) on multiple-choice items, and true/false items linked as Strange Dataset pairs
     * (a true and a false statement) with control twins. The oracle is right everywhere; always-true answers A (the
     * gold is at D: accuracy 0) and "True" (each pair half right: 0.5, the same for self-referential and control,
     * so the control delta is 0); verification is read from the True/False probabilities of a LABEL_PROBS run.
     */
    @Test
    void templatesGoldAtAndTheStrangeDatasetSection() throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            jsonl.append("{\"kind\":\"multiple_choice\",\"id\":\"q").append(i).append("\",\"question\":\"Q")
                    .append(i).append("?\",\"choices\":[\"a\",\"b\",\"c\",\"d\"],\"answer\":").append(i % 4)
                    .append("}\n");
        }
        for (int i = 0; i < 6; i++) {
            for (String side : List.of("s", "c")) {
                for (boolean truth : List.of(true, false)) {
                    String id = side + i + (truth ? "-t" : "-f");
                    jsonl.append("{\"kind\":\"true_false\",\"id\":\"").append(id)
                            .append("\",\"statement\":\"Statement ").append(id).append(".\",\"label\":").append(truth)
                            .append(",\"pair\":\"").append(side).append(i).append('"');
                    if (side.equals("c")) {
                        jsonl.append(",\"control_of\":\"s").append(i).append(truth ? "-t" : "-f").append('"');
                    }
                    jsonl.append("}\n");
                }
            }
        }
        JsonNode dataset = api.importJsonl("e2e-strange", jsonl.toString());
        int version = dataset.path("version").asInt();

        ObjectNode generate = JSON.createObjectNode();
        generate.put("suite", "e2e-strange").put("version", version).put("readMode", "GENERATE")
                .put("permutations", "gold_at:3").put("fewShot", 2).put("seed", 5);
        generate.putArray("templates").add("zero-shot").add("few-shot").add("chain-of-thought");
        generate.putArray("models").add("builtin:oracle").add("builtin:always-true");
        JsonNode run = api.createRun(generate);
        assertThat(run.path("expectedRequests").asLong()).isEqualTo((8 + 24) * 3 * 2);
        String runId = run.path("runId").asText();
        assertThat(new RunWatcher(api).awaitCompletion(runId, RUN_TIMEOUT, p -> { }).path("state").asText())
                .isEqualTo("COMPLETED");
        JsonNode report = api.report(runId).path("sections");

        for (JsonNode row : report.path("accuracy").path("models")) {
            if (row.path("options").asInt() == 4) {
                assertThat(row.path("n").asLong()).isEqualTo(8 * 3);
                assertThat(row.path("accuracy").asDouble()).as(row.toString())
                        .isEqualTo(row.path("modelId").asText().equals("builtin:oracle") ? 1.0 : 0.0);
            }
        }
        JsonNode strange = report.path("strange_dataset");
        assertThat(strange.path("chance").asDouble()).isEqualTo(0.5);
        assertThat(strangeScore(strange, "builtin:oracle", "chain_of_thought", "all").path("mean").asDouble())
                .isEqualTo(1.0);
        JsonNode yesSayer = strangeScore(strange, "builtin:always-true", "chain_of_thought", "all");
        assertThat(yesSayer.path("n").asInt()).isEqualTo(12);
        assertThat(yesSayer.path("mean").asDouble()).isEqualTo(0.5);
        assertThat(strangeScore(strange, "builtin:always-true", "generate", "self_ref").path("n").asInt()).isEqualTo(6);
        JsonNode delta = null;
        for (JsonNode d : strange.path("controlDelta")) {
            if (d.path("modelId").asText().equals("builtin:always-true") && d.path("measure").asText()
                    .equals("chain_of_thought")) {
                delta = d;
            }
        }
        assertThat(delta).isNotNull();
        assertThat(delta.path("twins").asInt()).isEqualTo(6);
        assertThat(delta.path("delta").asDouble()).isEqualTo(0.0);

        ObjectNode probs = JSON.createObjectNode();
        probs.put("suite", "e2e-strange").put("version", version).put("readMode", "LABEL_PROBS");
        probs.putArray("models").add("builtin:oracle").add("builtin:always-true");
        String probsRun = api.createRun(probs).path("runId").asText();
        assertThat(new RunWatcher(api).awaitCompletion(probsRun, RUN_TIMEOUT, p -> { }).path("state").asText())
                .isEqualTo("COMPLETED");
        JsonNode verification = api.report(probsRun).path("sections").path("strange_dataset");
        assertThat(strangeScore(verification, "builtin:oracle", "verification", "all").path("mean").asDouble())
                .isEqualTo(1.0);
        assertThat(strangeScore(verification, "builtin:always-true", "verification", "control").path("mean")
                .asDouble()).isEqualTo(0.5);
    }

    private static JsonNode strangeScore(JsonNode section, String model, String measure, String subset) {
        for (JsonNode row : section.path("scores")) {
            if (row.path("modelId").asText().equals(model) && row.path("measure").asText().equals(measure)
                    && row.path("subset").asText().equals(subset)) {
                return row;
            }
        }
        throw new AssertionError("no " + measure + "/" + subset + " row for " + model + " in " + section);
    }

    private static JsonNode row(JsonNode rows, String model) {
        for (JsonNode row : rows) {
            if (row.path("modelId").asText().equals(model)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + model + " in " + rows);
    }
}
