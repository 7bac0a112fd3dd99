package io.evalstream.cli.command;

import io.evalstream.cli.client.ApiException;
import io.evalstream.cli.render.ReportText;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evalstream report RUN [--output text|json]}: a run's protocol sections (PriDe, CrowS-Pairs, ...). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print a run's protocol report: one section per protocol its scores belong to "
                + "(e.g. pride, crows_pairs, moral_choice, alpaca_eval), every figure with n and an interval.")
public final class ReportCommand implements Callable<Integer> {
    /** Output formats. */
    public enum Output {
        TEXT, JSON
    }

    @Mixin
    ServiceUrls urls;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run id.")
    String runId;

    @Option(names = "--output", defaultValue = "TEXT", description = "text or json (default: ${DEFAULT-VALUE}).")
    Output output;

    private final PrintStream out;

    public ReportCommand() {
        this(System.out);
    }

    public ReportCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try {
            var report = urls.client().report(runId);
            out.print(output == Output.JSON ? ReportText.json(report) : ReportText.text(report));
            return 0;
        } catch (ApiException e) {
            System.err.println("evalstream report: " + e.getMessage());
            return 2;
        }
    }
}
