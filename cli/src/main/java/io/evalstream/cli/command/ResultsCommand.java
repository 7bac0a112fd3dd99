package io.evalstream.cli.command;

import io.evalstream.cli.client.ApiException;
import io.evalstream.cli.render.ResultsFormat;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evalstream results RUN --format table|json|csv}: a run's metrics per model and slice. */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = "Print a run's results (per model and slice: value, 95% interval, n, errors).")
public final class ResultsCommand implements Callable<Integer> {
    @Mixin
    ServiceUrls urls;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run id.")
    String runId;

    @Option(names = "--format", defaultValue = "TABLE",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    ResultsFormat.Format format;

    private final PrintStream out;

    public ResultsCommand() {
        this(System.out);
    }

    public ResultsCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try {
            out.print(ResultsFormat.render(urls.client().runResults(runId), format));
            return 0;
        } catch (ApiException e) {
            System.err.println("evalstream results: " + e.getMessage());
            return 2;
        }
    }
}
