package io.evalstream.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.cli.bench.ProcessStats;
import io.evalstream.cli.bench.StackProcesses;
import io.evalstream.cli.bench.SyntheticSuite;
import io.evalstream.cli.client.ApiClient;
import io.evalstream.cli.client.RunWatcher;
import io.evalstream.cli.stack.ProjectLayout;
import io.evalstream.cli.stack.ServiceName;
import io.evalstream.cli.stack.Stack;
import io.evalstream.cli.stack.StackOptions;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * End-to-end throughput: N requests through item-service, Kafka, inference-service (an instant built-in
 * model), Kafka and scoring-service with PostgreSQL persistence, timed from the run's creation to its
 * completion as scoring-service reports it. Also CPU seconds per 1,000 items for every process (broker and
 * database included) and each process's peak memory. A command, not a test: these machines are noisy.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Push N evaluation requests through the whole pipeline and report items/s, CPU and memory.")
public final class BenchCommand implements Callable<Integer> {
    /** This JVM's group in the figures: it hosts the embedded broker. */
    private static final String BROKER = "kafka-broker+cli";

    @Option(names = "--items", defaultValue = "50000", description = "Requests in the measured run (default: ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--warmup", defaultValue = "40000", description = "Requests in the warm-up run, long enough for the JIT to finish "
            + "compiling the hot paths (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--model", defaultValue = "builtin:oracle", description = "Model (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--inference-replicas", defaultValue = "1")
    int inferenceReplicas;

    @Option(names = "--scoring-replicas", defaultValue = "1")
    int scoringReplicas;

    @Mixin
    ServiceJvmOptions jvmOptions;

    @Option(names = "--profile", description = "Record a Java Flight Recording of every service and of the broker over "
            + "the measured run only, into this directory (one .jfr per process; open with JDK Mission Control or "
            + "`jfr print --events jdk.ExecutionSample`).")
    Path profileDir;

    @Option(names = "--output", description = "JSON results file (default: target/bench/pipeline.json in the source tree).")
    Path output;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        ProjectLayout layout = ProjectLayout.discover();
        StackOptions options = jvmOptions.applyTo(StackOptions.ephemeral()
                .withReplicas(ServiceName.INFERENCE, inferenceReplicas)
                .withReplicas(ServiceName.SCORING, scoringReplicas));
        out.println("evalstream bench: starting the stack on free ports with throw-away data");
        try (StackSession session = StackSession.start(options, out)) {
            Stack stack = session.stack();
            ApiClient api = new ApiClient(stack.service(ServiceName.ITEM).baseUrl(),
                    stack.service(ServiceName.SCORING).baseUrl());
            if (warmup > 0) {
                out.printf("warm-up: %d requests%n", warmup);
                timedRun(api, importSuite(api, "bench-warmup", warmup), warmup);
            }
            // the import is not part of the measured pipeline: it happens before the CPU snapshot
            JsonNode suite = importSuite(api, "bench", items);
            List<FlightRecording> recordings = profileDir == null ? List.of() : FlightRecording.startAll(stack, profileDir);
            Map<String, Double> cpuBefore = StackProcesses.cpuSeconds(stack, BROKER);
            out.printf("measured run: %d requests through the whole pipeline%n", items);
            double seconds = timedRun(api, suite, items);
            Map<String, Double> cpuAfter = StackProcesses.cpuSeconds(stack, BROKER);
            for (FlightRecording recording : recordings) {
                out.println("profile: " + recording.stop());
            }

            Map<String, Object> report = new LinkedHashMap<>();
            report.put("timestamp", Instant.now().toString());
            report.put("machine", machine());
            report.put("items", items);
            report.put("model", model);
            report.put("inferenceReplicas", inferenceReplicas);
            report.put("scoringReplicas", scoringReplicas);
            report.put("seconds", round(seconds));
            report.put("itemsPerSecond", round(items / seconds));
            Map<String, Double> cpuPerThousand = new LinkedHashMap<>();
            double total = 0;
            for (String group : cpuAfter.keySet()) {
                double used = cpuAfter.get(group) - cpuBefore.getOrDefault(group, 0.0);
                total += used;
                cpuPerThousand.put(group, round(used * 1000.0 / items));
            }
            cpuPerThousand.put("total", round(total * 1000.0 / items));
            report.put("cpuSecondsPer1000Items", cpuPerThousand);
            Map<String, Double> peak = new LinkedHashMap<>();
            StackProcesses.peakRssMiB(stack, BROKER).forEach((group, mib) -> peak.put(group, round(mib)));
            report.put("peakRssMiB", peak);

            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Path file = output != null ? output : layout.root().resolve("target/bench/pipeline.json");
            Files.createDirectories(file.toAbsolutePath().getParent());
            json.writeValue(file.toFile(), report);
            out.println(json.writeValueAsString(report));
            out.println("written to " + file);
            return 0;
        }
    }

    private static JsonNode importSuite(ApiClient api, String name, int count) {
        return api.importJsonl(name, SyntheticSuite.jsonl(count, 42));
    }

    /** Creates a run over {@code dataset} and waits for scoring-service to report it COMPLETED; seconds taken. */
    private double timedRun(ApiClient api, JsonNode dataset, int count) throws InterruptedException {
        String name = dataset.path("name").asText();
        long start = System.nanoTime();
        JsonNode run = api.createRun(dataset.path("name").asText(), dataset.path("version").asInt(), List.of(model),
                "NONE", 1, "GENERATE");
        double planned = (System.nanoTime() - start) / 1e9;
        JsonNode result = new RunWatcher(api).awaitCompletion(run.path("runId").asText(), Duration.ofMinutes(20), p -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %s: %d requests planned and emitted in %.2f s, completed in %.2f s (%.0f items/s), errors %s%n",
                name, count, planned, seconds, count / seconds, result.path("errors").asText());
        return seconds;
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + Math.round(ProcessStats.totalMemoryGiB()) + " GiB, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
