package io.evalstream.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.cli.client.ApiClient;
import io.evalstream.cli.render.ArenaTables;
import io.evalstream.cli.render.ProgressBar;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evalstream arena}: against a running stack (the services' URLs), create an arena run of contestants and
 * judges over a prompt set (the built-in one by default), wait for its last verdict, and print the ratings and the
 * judge audit that scoring-service computed.
 */
@Command(name = "arena", mixinStandardHelpOptions = true,
        description = "Run an arena (contestants answer, judges compare pairs in both orders) on a running stack "
                + "and print ratings and the judge audit.")
public final class ArenaCommand implements Callable<Integer> {

    @Option(names = "--contestants", split = ",", required = true, description = "Contestant model ids (>= 2).")
    List<String> contestants;

    @Option(names = "--judges", split = ",", required = true, description = "Judge model ids (>= 1).")
    List<String> judges;

    @Option(names = "--pairing", defaultValue = "all",
            description = "all, baseline:<model> or sampled:<pairs per prompt> (default: ${DEFAULT-VALUE}).")
    String pairing;

    @Option(names = "--suite", description = "Prompt set (a dataset of generation items); default: the built-in "
            + "arena-demo set, imported if needed.")
    String suite;

    @Option(names = "--judge-read-mode", defaultValue = "GENERATE",
            description = "GENERATE ([[A]]/[[B]]/[[C]]) or LABEL_PROBS (A/B token probabilities).")
    String judgeReadMode;

    @Option(names = "--template", description = "Judge template: pairwise-v1 (default), pairwise-ref-v1, or single-v1 "
            + "(each answer rated 1-10 on its own; pairing must be all).")
    String template;

    @Option(names = "--reference-scores", split = ",",
            description = "model=score pairs for the PairS correlations, e.g. builtin:arena-q8=8,builtin:arena-q2=2")
    List<String> referenceScores;

    @Option(names = "--item-url", defaultValue = "http://localhost:8081", description = "item-service base URL.")
    String itemUrl;

    @Option(names = "--scoring-url", defaultValue = "http://localhost:8080",
            description = "scoring-service base URL.")
    String scoringUrl;

    @Option(names = "--timeout", defaultValue = "PT15M",
            description = "How long to wait for the whole run at most (ISO-8601 duration; default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--stall-timeout", defaultValue = "PT2M",
            description = "Fail when no new answer or verdict arrived for this long (ISO-8601 duration; default: "
                    + "${DEFAULT-VALUE}).")
    Duration stallTimeout;

    private final PrintStream out;
    private String runId;

    public ArenaCommand() {
        this(System.out);
    }

    /** For callers that capture the output (tests, tools). */
    public ArenaCommand(PrintStream out) {
        this.out = out;
    }

    /** The run the last call created, or null. */
    public String runId() {
        return runId;
    }

    @Override
    public Integer call() throws Exception {
        ApiClient api = new ApiClient(itemUrl, scoringUrl);
        String prompts = suite;
        if (prompts == null) {
            JsonNode dataset = api.importArenaDemo();
            prompts = dataset.path("name").asText();
            out.printf("Prompt set %s v%s: %s prompts%n", prompts, dataset.path("version").asText(),
                    dataset.path("items").asText());
        }
        JsonNode run = template == null
                ? api.createArenaRun(prompts, contestants, judges, pairing, judgeReadMode, references())
                : api.createRun(withTemplate(prompts));
        runId = run.path("runId").asText();
        out.printf("Arena run %s: %s requests (%d contestants, %d judges, pairing %s)%n", runId,
                run.path("expectedRequests").asText(), contestants.size(), judges.size(), pairing);
        long start = System.nanoTime();
        long[] lastPrint = { 0 };
        JsonNode result;
        try {
            result = new ArenaWait(() -> api.runResults(runId), System::nanoTime, d -> Thread.sleep(d.toMillis()),
                    Duration.ofMillis(200)).await(runId, timeout, stallTimeout, progress -> {
                        long now = System.nanoTime();
                        if (now - lastPrint[0] < 2_000_000_000L
                                && !"COMPLETED".equals(progress.path("state").asText())) {
                            return;
                        }
                        lastPrint[0] = now;
                        out.println(ProgressBar.render(progress.path("received").asLong(),
                                progress.path("planned").asLong(), progress.path("errors").asLong(),
                                Duration.ofNanos(now - start), 30));
                    });
        } catch (ArenaWait.NotFinished e) {
            out.println();
            out.println("FAILED: " + e.getMessage());
            return 1;
        }
        out.printf("%nArena run %s %s in %.1f s%n%n", runId, result.path("state").asText(),
                (System.nanoTime() - start) / 1e9);
        out.print(ArenaTables.render(api.arena(runId)));
        out.println("\nArena API:  " + scoringUrl + "/api/runs/" + runId + "/arena");
        out.println("Dashboard:  " + scoringUrl + "/arena.html#run=" + runId);
        return "COMPLETED".equals(result.path("state").asText()) ? 0 : 1;
    }

    /** The run request with the chosen judge template (the client's arena call leaves the template to the server). */
    private JsonNode withTemplate(String prompts) {
        com.fasterxml.jackson.databind.node.ObjectNode body = new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode();
        body.put("suite", prompts);
        body.putPOJO("models", contestants);
        com.fasterxml.jackson.databind.node.ObjectNode arena = body.putObject("arena");
        arena.putPOJO("judges", judges);
        arena.put("pairing", pairing);
        arena.put("judgeReadMode", judgeReadMode);
        arena.put("template", template);
        if (!references().isEmpty()) {
            arena.putPOJO("referenceScores", references());
        }
        return body;
    }

    Map<String, Double> references() {
        Map<String, Double> scores = new LinkedHashMap<>();
        if (referenceScores != null) {
            for (String pair : referenceScores) {
                int eq = pair.lastIndexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("--reference-scores: '" + pair + "' is not model=score");
                }
                scores.put(pair.substring(0, eq), Double.parseDouble(pair.substring(eq + 1)));
            }
        }
        return scores;
    }
}
