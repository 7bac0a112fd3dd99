package io.evalstream.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.cli.client.ApiException;
import io.evalstream.cli.client.ScoringWait;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evalstream rescore --from alpaca-eval|responses FILE...}: imports outputs or judgements produced elsewhere
 * as a new run (scoring-service {@code POST /api/imports/{format}}), waits until the pipeline has scored every one
 * (failing clearly if scoring stalls), and prints the numbers the run's report computed from the stored scores.
 * For AlpacaEval files: one row per model with n, win rate, standard error and length-controlled win rate; for
 * responses JSONL: each model's metrics. The CLI computes nothing itself.
 */
@Command(name = "rescore", mixinStandardHelpOptions = true,
        description = "Score outputs or judgements produced elsewhere through the pipeline, e.g. "
                + "--from alpaca-eval ../shared/datasets/alpaca-eval/annotations (all files into one run), "
                + "and print one row per model.")
public final class RescoreCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Output formats. */
    public enum Output {
        TEXT, JSON
    }

    @Mixin
    ServiceUrls urls;

    @Option(names = "--from", required = true, description = "alpaca-eval (annotation JSON files) or responses "
            + "(JSONL of ResponseReceived events).")
    String from;

    @Option(names = "--output", defaultValue = "TEXT", description = "text or json (default: ${DEFAULT-VALUE}).")
    Output output;

    @Option(names = "--stall-timeout", defaultValue = "PT2M", description = "Fail when scoring makes no progress "
            + "for this long (ISO-8601, default: ${DEFAULT-VALUE}).")
    Duration stallTimeout;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or directories (sent whole).")
    List<Path> paths;

    private final PrintStream out;

    public RescoreCommand() {
        this(System.out);
    }

    public RescoreCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try {
            var api = urls.client();
            Map<String, String> files = ImportCommand.files(paths);
            JsonNode imported = api.importResponses(from, files);
            String runId = imported.path("runId").asText();
            if (output == Output.TEXT) {
                out.printf("run %s: %d responses of %d models from %d files; scoring...%n", runId,
                        imported.path("responses").asLong(), imported.path("models").size(), files.size());
            }
            JsonNode run = new ScoringWait(api, stallTimeout).awaitScored(runId);
            JsonNode report = api.report(runId);
            JsonNode alpaca = report.path("sections").path("alpaca_eval");
            if (output == Output.JSON) {
                out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(runId, imported, run,
                        alpaca)));
            } else if (!alpaca.isMissingNode()) {
                out.print(alpacaTable(alpaca));
            } else {
                out.print(metricsTable(run));
            }
            return 0;
        } catch (ApiException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            System.err.println("evalstream rescore: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("evalstream rescore: interrupted");
            return 2;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {runId, models: [{model, n, winRate, standardError, lengthControlledWinRate, ...}]} or the run's metrics. */
    static ObjectNode json(String runId, JsonNode imported, JsonNode run, JsonNode alpaca) {
        ObjectNode root = JSON.createObjectNode();
        root.put("runId", runId);
        root.put("format", imported.path("format").asText());
        root.set("files", imported.path("files"));
        if (!alpaca.isMissingNode()) {
            root.put("metricVersion", alpaca.path("metricVersion").asText());
            root.put("scorer", alpaca.path("scorer").asText());
            root.put("baseline", alpaca.path("baseline").asText(null));
            root.set("models", alpaca.path("models"));
        } else {
            ArrayNode models = root.putArray("models");
            for (JsonNode m : run.path("metrics")) {
                if ("all".equals(m.path("slice").asText())) {
                    models.add(m);
                }
            }
        }
        return root;
    }

    /** One row per model: model, n, win rate, standard error, LC win rate, draws, unannotated. */
    static String alpacaTable(JsonNode alpaca) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%-28s %6s %10s %8s %10s %6s %11s%n", "model", "n", "win rate",
                "SE", "LC win rate", "draws", "unannotated"));
        for (JsonNode m : alpaca.path("models")) {
            text.append(String.format(Locale.ROOT, "%-28s %6d %10s %8s %10s %6d %11d%n", m.path("model").asText(),
                    m.path("n").asInt(), number(m.path("winRate")), number(m.path("standardError")),
                    number(m.path("lengthControlledWinRate")), m.path("draws").asInt(),
                    m.path("unannotated").asInt()));
        }
        text.append("win rate and LC in % against ").append(alpaca.path("baseline").asText("the baseline"))
                .append("; SE = standard error of the win rate; ").append(alpaca.path("metricVersion").asText())
                .append(System.lineSeparator());
        return text.toString();
    }

    /** For imports without an alpaca_eval section: each model's overall metric with n and its interval. */
    static String metricsTable(JsonNode run) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%-28s %-18s %6s %8s %19s %8s %6s%n", "model", "metric", "n", "value",
                "95% interval", "unscored", "errors"));
        for (JsonNode m : run.path("metrics")) {
            if (!"all".equals(m.path("slice").asText())) {
                continue;
            }
            text.append(String.format(Locale.ROOT, "%-28s %-18s %6d %8s %19s %8d %6d%n", m.path("modelId").asText(),
                    m.path("metric").asText(), m.path("n").asLong(), number(m.path("value")),
                    "[" + number(m.path("ciLow")) + ", " + number(m.path("ciHigh")) + "]",
                    m.path("unscored").asLong(), m.path("errors").asLong()));
        }
        return text.toString();
    }

    private static String number(JsonNode v) {
        return v.isNumber() ? String.format(Locale.ROOT, "%.4f", v.doubleValue()) : "-";
    }
}
