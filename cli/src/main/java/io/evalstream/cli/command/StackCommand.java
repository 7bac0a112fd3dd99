package io.evalstream.cli.command;

import io.evalstream.cli.stack.ProjectLayout;
import io.evalstream.cli.stack.ServiceName;
import io.evalstream.cli.stack.StackOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the stack and the services and serves them, for users who drive evalstream through its APIs. */
@Command(name = "stack", mixinStandardHelpOptions = true,
        description = "Start embedded Kafka and PostgreSQL and the three services, and serve until Ctrl-C.")
public final class StackCommand implements Callable<Integer> {

    @Option(names = "--data", description = "Data directory (default: .evalstream/ in the source tree).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        Path data = dataDir != null ? dataDir : ProjectLayout.discover().defaultDataDir();
        try (StackSession session = StackSession.start(StackOptions.quickstart(data), System.out)) {
            System.out.println("Dashboard: " + session.stack().service(ServiceName.SCORING).baseUrl() + "/");
            System.out.println("Kafka: " + session.stack().kafkaBootstrapServers() + "  PostgreSQL: "
                    + session.stack().jdbcUrl());
            session.serveForever(System.out);
            return 0;
        }
    }
}
