package io.evalstream.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.cli.client.ApiClient;
import io.evalstream.cli.client.RunWatcher;
import io.evalstream.cli.render.LeaderboardTable;
import io.evalstream.cli.render.ProgressBar;
import io.evalstream.cli.stack.ProjectLayout;
import io.evalstream.cli.stack.ServiceName;
import io.evalstream.cli.stack.Stack;
import io.evalstream.cli.stack.StackOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The quickstart: start everything, evaluate the demo suite on the built-in models, print the leaderboard,
 * then keep serving the dashboard. Data persists under {@code .evalstream/}, so a second start reuses the
 * stored suite and keeps earlier runs.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the embedded stack and the services, run the demo suite on the built-in models, "
                + "print the leaderboard and serve the dashboard.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--no-serve", description = "Exit after printing the results instead of serving.")
    boolean noServe;

    @Option(names = "--data", description = "Data directory (default: .evalstream/ in the source tree).")
    Path dataDir;

    @Option(names = "--models", split = ",", description = "Models to evaluate (default: ${DEFAULT-VALUE}).",
            defaultValue = "builtin:oracle,builtin:random,builtin:first-option,builtin:always-true")
    List<String> models;

    @Option(names = "--permutations", defaultValue = "CYCLIC",
            description = "Option permutations: NONE or CYCLIC (default: ${DEFAULT-VALUE}).")
    String permutations;

    @Option(names = "--read-mode", defaultValue = "GENERATE",
            description = "GENERATE (extract from text) or LABEL_PROBS (default: ${DEFAULT-VALUE}).")
    String readMode;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        ProjectLayout layout = ProjectLayout.discover();
        Path data = dataDir != null ? dataDir : layout.defaultDataDir();
        out.println("evalstream demo: starting Kafka (KRaft), PostgreSQL and the three services; data in " + data);
        try (StackSession session = StackSession.start(StackOptions.quickstart(data), out)) {
            Stack stack = session.stack();
            String scoringUrl = stack.service(ServiceName.SCORING).baseUrl();
            ApiClient api = new ApiClient(stack.service(ServiceName.ITEM).baseUrl(), scoringUrl);

            JsonNode dataset = api.importDemoSuite();
            out.printf("%nSuite %s v%s: %s items%n", dataset.path("name").asText(), dataset.path("version").asText(),
                    dataset.path("items").asText());
            JsonNode run = api.createRun(dataset.path("name").asText(), dataset.path("version").asInt(), models,
                    permutations, 1, readMode);
            String runId = run.path("runId").asText();
            out.printf("Run %s: %s requests (%s models, permutations %s, read mode %s)%n", runId,
                    run.path("expectedRequests").asText(), models.size(), permutations, readMode);

            long start = System.nanoTime();
            boolean interactive = System.console() != null;
            long[] lastPrint = { 0 };
            JsonNode result = new RunWatcher(api).awaitCompletion(runId, Duration.ofMinutes(15), progress -> {
                long now = System.nanoTime();
                if (!interactive && now - lastPrint[0] < 2_000_000_000L && !"COMPLETED".equals(progress.path("state").asText())) {
                    return;
                }
                lastPrint[0] = now;
                String line = ProgressBar.render(progress.path("received").asLong(), progress.path("planned").asLong(),
                        progress.path("errors").asLong(), Duration.ofNanos(now - start), 30);
                out.print(interactive ? "\r" + line : line + "\n");
                out.flush();
            });
            out.printf("%nRun %s %s in %.1f s%n%n", runId, result.path("state").asText(), (System.nanoTime() - start) / 1e9);

            JsonNode leaderboard = api.leaderboard(runId);
            out.println("Leaderboard (accuracy over scored answers, Wilson 95% interval; errors and unscored apart)");
            out.println(LeaderboardTable.render(leaderboard));
            out.println("Accuracy by slice (n)");
            out.println(LeaderboardTable.renderSlices(leaderboard));

            out.println("Dashboard:    " + scoringUrl + "/#run=" + runId);
            out.println("Results API:  " + scoringUrl + "/api/runs/" + runId + "   (OpenAPI: " + scoringUrl + "/q/swagger-ui)");
            out.println("Items API:    " + stack.service(ServiceName.ITEM).baseUrl() + "/api/datasets");
            out.println("Metrics:      " + scoringUrl + "/q/metrics");
            out.println("Logs:         " + stack.logDir());
            if (noServe) {
                return 0;
            }
            session.serveForever(out);
            return 0;
        }
    }
}
