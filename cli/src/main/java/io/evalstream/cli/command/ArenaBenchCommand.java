package io.evalstream.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.evalstream.cli.bench.BradleyTerryBench;
import io.evalstream.cli.bench.JoinBench;
import io.evalstream.cli.stack.ProjectLayout;
import io.evalstream.cli.stack.Stack;
import io.evalstream.cli.stack.StackOptions;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Arena benchmarks, written to {@code target/bench/arena.json}: Bradley-Terry with bootstrap on a large synthetic
 * arena (in this JVM, scoring-service's rating code), and the throughput of the streaming join through a real
 * stack (free ports, throw-away data). A command, not a test: these machines are shared and noisy.
 */
@Command(name = "bench-arena", mixinStandardHelpOptions = true,
        description = "Benchmark Bradley-Terry with bootstrap and the arena join; writes target/bench/arena.json.")
public final class ArenaBenchCommand implements Callable<Integer> {
    @Option(names = "--models", defaultValue = "100") int models;
    @Option(names = "--battles", defaultValue = "1000000") int battles;
    @Option(names = "--rounds", defaultValue = "1000") int rounds;
    @Option(names = "--prompts", defaultValue = "200", description = "Prompts of the join benchmark.") int prompts;
    @Option(names = "--contestants", defaultValue = "8") int contestants;
    @Option(names = "--judges", defaultValue = "2") int judges;
    @Option(names = "--skip-join", description = "Only the Bradley-Terry benchmark (no stack).") boolean skipJoin;
    @Option(names = "--output", description = "JSON results file (default: target/bench/arena.json).") Path output;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        ProjectLayout layout = ProjectLayout.discover();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("at", Instant.now().toString());
        report.put("cores", Runtime.getRuntime().availableProcessors());
        out.printf("Bradley-Terry: %d models, %d battles, %d bootstrap rounds ...%n", models, battles, rounds);
        report.put("bradleyTerry", BradleyTerryBench.run(models, battles, rounds, 20240607L));
        out.println(report.get("bradleyTerry"));
        if (!skipJoin) {
            out.println("Join: starting the stack on free ports with throw-away data");
            try (Stack stack = Stack.start(layout, StackOptions.ephemeral(), out)) {
                JoinBench.run(stack.kafkaBootstrapServers(), 20, 4, 1, Duration.ofMinutes(5)); // warm-up
                Map<String, Object> join = JoinBench.run(stack.kafkaBootstrapServers(), prompts, contestants, judges,
                        Duration.ofMinutes(15));
                report.put("join", join);
                out.println(join);
            }
        }
        Path file = output != null ? output : layout.root().resolve("target/bench/arena.json");
        Files.createDirectories(file.getParent());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(file.toFile(), report);
        out.println("Written to " + file);
        return 0;
    }
}
