package io.evalstream.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.cli.render.LiveEventLine;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code evalstream watch}: follows scoring-service's live stream and prints every regression as it is detected
 * and every run whose state changes (started, completed, cancelled), until interrupted.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follow regressions and run status live (scoring-service's event stream).")
public final class WatchCommand implements Callable<Integer> {
    @Mixin
    ServiceUrls urls;

    @Option(names = "--suite", description = "Only regressions of this suite.")
    String suite;

    @Option(names = "--model", description = "Only regressions of this model.")
    String model;

    @Option(names = "--progress", description = "Print every progress change, not only state changes.")
    boolean progress;

    @Option(names = "--max-regressions", description = "Exit after this many regressions (default: never).")
    Integer maxRegressions;

    private final PrintStream out;

    public WatchCommand() {
        this(System.out);
    }

    public WatchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        Map<String, String> states = new HashMap<>();
        int[] regressions = { 0 };
        out.println("following " + urls.scoringUrl + "/api/events (Ctrl-C to stop)");
        urls.client().followEvents((name, data) -> {
            if ("regression".equals(name) && matches(data)) {
                out.println(LiveEventLine.regression(data));
                regressions[0]++;
                return maxRegressions == null || regressions[0] < maxRegressions;
            }
            if ("progress".equals(name)) {
                String previous = states.put(data.path("runId").asText(), data.path("state").asText());
                if (progress || (previous != null && !previous.equals(data.path("state").asText()))) {
                    out.println(LiveEventLine.progress(data));
                }
            }
            return true;
        });
        return 0;
    }

    private boolean matches(JsonNode regression) {
        return (suite == null || suite.equals(regression.path("suite").asText()))
                && (model == null || model.equals(regression.path("model").asText()));
    }
}
