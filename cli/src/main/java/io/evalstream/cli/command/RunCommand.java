package io.evalstream.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.cli.client.ApiClient;
import io.evalstream.cli.client.ApiException;
import io.evalstream.cli.client.RunWatcher;
import io.evalstream.cli.render.ProgressBar;
import io.evalstream.cli.render.ResultsFormat;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code evalstream run}: plans a run on a running stack; with {@code --watch} follows it with a progress bar
 * (rate, ETA and errors as scoring-service reports them) and prints the result table at the end.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a suite against models on a running stack (see `evalstream stack`).")
public final class RunCommand implements Callable<Integer> {
    @Mixin
    ServiceUrls urls;

    @Option(names = "--suite", required = true, description = "Dataset name.")
    String suite;

    @Option(names = "--version", description = "Dataset version (default: the latest).")
    Integer version;

    @Option(names = "--models", required = true, split = ",", description = "Model ids, comma-separated.")
    List<String> models;

    @Option(names = "--permutations", defaultValue = "NONE",
            description = "Option permutations: NONE, CYCLIC, FULL, SAMPLED or gold_at:j (default: ${DEFAULT-VALUE}).")
    String permutations;

    @Option(names = "--permutation-samples", description = "How many orders SAMPLED draws per item (default 4).")
    Integer permutationSamples;

    @Option(names = "--debias", description = "pride: all cyclic shifts of a seeded calibration sample, the default "
            + "order of the other items (needs --read-mode LABEL_PROBS).")
    String debias;

    @Option(names = "--calibration-share", description = "PriDe's calibration share of the items (default 0.05).")
    Double calibrationShare;

    @Option(names = "--seed", description = "Seed of every seeded choice of the plan (default 0).")
    Long seed;

    @Option(names = "--templates", split = ",",
            description = "Prompt templates, comma-separated: zero-shot, few-shot, chain-of-thought (default zero-shot).")
    List<String> templates;

    @Option(names = "--few-shot", description = "Exemplars shown by the few-shot template (default 3).")
    Integer fewShot;

    @Option(names = "--temperature", description = "Sampling temperature of repeated --samples (GENERATE only).")
    Double temperature;

    @Option(names = "--samples", defaultValue = "1", description = "Samples per variant (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--read-mode", defaultValue = "GENERATE",
            description = "GENERATE, LABEL_PROBS or LIKELIHOOD (continuation_pair items; the models need "
                    + "prompt_likelihood) (default: ${DEFAULT-VALUE}).")
    String readMode;

    @Option(names = "--watch", description = "Follow the run with a progress bar, then print its results.")
    boolean watch;

    @Option(names = "--timeout", defaultValue = "PT2H", description = "How long --watch waits (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    private final PrintStream out;

    public RunCommand() {
        this(System.out);
    }

    public RunCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        ApiClient api = urls.client();
        JsonNode created;
        try {
            created = api.createRun(body());
        } catch (ApiException e) {
            System.err.println("evalstream run: " + e.getMessage());
            return 2;
        }
        String runId = created.path("runId").asText();
        out.printf("run %s: %d requests planned (%s v%s, %s)%n", runId, created.path("expectedRequests").asLong(),
                created.path("suite").asText(), created.path("version").asText(), String.join(", ", models));
        if (!watch) {
            return 0;
        }
        boolean tty = System.console() != null;
        JsonNode done = new RunWatcher(api).awaitCompletion(runId, timeout, progress -> {
            String line = ProgressBar.render(progress.path("received").asLong(), progress.path("planned").asLong(),
                    progress.path("errors").asLong(), number(progress, "ratePerSecond"),
                    number(progress, "etaSeconds"), 30);
            out.print(tty ? "\r" + line : line + System.lineSeparator());
        });
        out.println();
        out.print(ResultsFormat.render(done, ResultsFormat.Format.TABLE));
        return "COMPLETED".equals(done.path("state").asText()) ? 0 : 1;
    }

    /** The run request: only the options given are sent, so item-service applies (and documents) the defaults. */
    com.fasterxml.jackson.databind.node.ObjectNode body() {
        com.fasterxml.jackson.databind.node.ObjectNode body = new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode();
        body.put("suite", suite);
        if (version != null) {
            body.put("version", version);
        }
        models.forEach(body.putArray("models")::add);
        body.put("permutations", permutations).put("samples", samples).put("readMode", readMode);
        if (permutationSamples != null) {
            body.put("permutationSamples", permutationSamples);
        }
        if (debias != null) {
            body.put("debias", debias);
        }
        if (calibrationShare != null) {
            body.put("calibrationShare", calibrationShare);
        }
        if (seed != null) {
            body.put("seed", seed);
        }
        if (templates != null) {
            templates.forEach(body.putArray("templates")::add);
        }
        if (fewShot != null) {
            body.put("fewShot", fewShot);
        }
        if (temperature != null) {
            body.put("temperature", temperature);
        }
        return body;
    }

    private static Double number(JsonNode node, String field) {
        return node.path(field).isNumber() ? node.path(field).asDouble() : null;
    }
}
