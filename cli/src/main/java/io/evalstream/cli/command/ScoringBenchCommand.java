package io.evalstream.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.evalstream.cli.bench.ScoringBench;
import io.evalstream.cli.stack.ProjectLayout;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scorers and full-data statistics on a million score rows ({@link ScoringBench}), written to
 * {@code target/bench/scoring.json}. A command, not a test: these machines are shared and noisy.
 */
@Command(name = "bench-scoring", mixinStandardHelpOptions = true,
        description = "Benchmark the scorers and the report statistics (PriDe, clustered SE, bootstrap, RStd) on "
                + "synthetic score rows; writes target/bench/scoring.json.")
public final class ScoringBenchCommand implements Callable<Integer> {
    @Option(names = "--rows", defaultValue = "1000000") int rows;
    @Option(names = "--rounds", defaultValue = "1000", description = "Bootstrap rounds.") int rounds;
    @Option(names = "--output", description = "JSON results file (default: target/bench/scoring.json).") Path output;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("at", Instant.now().toString());
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        out.printf("Scoring: %d rows, %d bootstrap rounds ...%n", rows, rounds);
        report.putAll(ScoringBench.run(rows, rounds, 20240607L));
        Path file = output != null ? output : ProjectLayout.discover().root().resolve("target/bench/scoring.json");
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
        out.println(report);
        out.println("Written to " + file);
        return 0;
    }
}
