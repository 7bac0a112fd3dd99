package io.evalstream.cli;

import io.evalstream.cli.command.ArenaBenchCommand;
import io.evalstream.cli.command.ArenaCommand;
import io.evalstream.cli.command.BenchCommand;
import io.evalstream.cli.command.BenchProviderCommand;
import io.evalstream.cli.command.DemoCommand;
import io.evalstream.cli.command.ImportCommand;
import io.evalstream.cli.command.ReportCommand;
import io.evalstream.cli.command.RescoreCommand;
import io.evalstream.cli.command.ResultsCommand;
import io.evalstream.cli.command.RunCommand;
import io.evalstream.cli.command.ScoringBenchCommand;
import io.evalstream.cli.command.StackCommand;
import io.evalstream.cli.command.StubModelCommand;
import io.evalstream.cli.command.WatchCommand;
import io.evalstream.localstack.LocalStackMain;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code evalstream} command. Plain picocli rather than a Quarkus application: it starts and supervises
 * the Quarkus services as child processes, so it must itself start fast and own nothing but processes.
 */
@Command(name = "evalstream", mixinStandardHelpOptions = true, version = "evalstream 0.1.0",
        description = "Streaming, continuous evaluation of large language models.",
        subcommands = { DemoCommand.class, ArenaCommand.class, BenchCommand.class, ArenaBenchCommand.class,
                BenchProviderCommand.class, ScoringBenchCommand.class, StackCommand.class, StubModelCommand.class,
                RunCommand.class, ResultsCommand.class, ReportCommand.class, ImportCommand.class, WatchCommand.class,
                RescoreCommand.class })
public final class EvalstreamCli implements Runnable {

    public static void main(String[] args) {
        // the in-process broker and database log through JBoss LogManager: warnings to stderr, nothing else
        LocalStackMain.configureLogging();
        int code = new CommandLine(new EvalstreamCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        System.exit(code);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
