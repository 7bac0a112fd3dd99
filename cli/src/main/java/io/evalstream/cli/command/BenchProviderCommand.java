package io.evalstream.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.cli.bench.ProcessStats;
import io.evalstream.cli.bench.StackProcesses;
import io.evalstream.cli.bench.SyntheticSuite;
import io.evalstream.cli.client.ApiClient;
import io.evalstream.cli.client.RunWatcher;
import io.evalstream.cli.stack.ProjectLayout;
import io.evalstream.cli.stack.ServiceName;
import io.evalstream.cli.stack.ServiceProcess;
import io.evalstream.cli.stack.Stack;
import io.evalstream.cli.stack.StackOptions;
import io.evalstream.stub.StubModelServer;
import io.evalstream.stub.StubOptions;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How well inference-service saturates a model endpoint: the whole stack, with a registered {@code openai} model
 * on the stub model server. With the stub at {@code --latency} and {@code --concurrency} allowed requests, the
 * ideal is concurrency / latency requests per second; the command reports the rate the stub saw (steady state:
 * between 10% and 90% of the run's calls), its share of the ideal, inference-service's CPU seconds per request
 * and its peak memory. With the stub at 0 ms it reports requests per second per inference instance. Runs opt out
 * of the response cache, so that every request is a call. A command, not a test: these machines are noisy.
 *
 * <p>The saturation run is measured twice. First with inference-service alone downstream of item-service:
 * scoring-service is not started yet, as where it runs on its own host, so the figure is the client's and not
 * the small machine's. Then scoring-service starts, scores those runs and must find every call's response
 * (the check that the fast run lost nothing), and the same run is measured with the whole pipeline co-located.
 */
@Command(name = "bench-provider", mixinStandardHelpOptions = true,
        description = "Measure inference-service against the stub model server: throughput vs ideal, CPU, memory.")
public final class BenchProviderCommand implements Callable<Integer> {
    /** This JVM's group in the figures: it hosts the embedded broker and the stub model servers. */
    private static final String BROKER_AND_STUBS = "broker+stubs (this JVM)";

    @Option(names = "--requests", defaultValue = "30000", description = "Calls in each measured run (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", defaultValue = "5000", description = "Calls in the warm-up run (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--latency", defaultValue = "200", description = "Stub latency in ms for the saturation run (default: ${DEFAULT-VALUE}).")
    int latencyMs;

    @Option(names = "--concurrency", defaultValue = "512", description = "Concurrency the stub allows and inference uses (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--relaxed-latency", defaultValue = "1000", description = "Stub latency in ms of a second saturation "
            + "run whose ideal (concurrency / latency) is well inside what the co-located pipeline can carry on a small "
            + "machine, so that it measures the client alone; 0 skips it (default: ${DEFAULT-VALUE}).")
    int relaxedLatencyMs;

    @Option(names = "--batch-records", description = "Records per Kafka batch of inference-service (default: twice "
            + "the concurrency, at least 500).")
    Integer batchRecords;

    @Option(names = "--queued-batches", defaultValue = "1", description = "Polled batches each inference consumer "
            + "holds besides the one in progress (default: ${DEFAULT-VALUE}).")
    int queuedBatches;

    @Option(names = "--inference-replicas", defaultValue = "1")
    int inferenceReplicas;

    @Option(names = "--profile", description = "Record a Java Flight Recording of every service and of this JVM (broker "
            + "and stubs) over the saturation run, into this directory.")
    Path profileDir;

    @Mixin
    ServiceJvmOptions jvmOptions;

    @Option(names = "--output", description = "JSON results file (default: target/bench/provider.json in the source tree).")
    Path output;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        ProjectLayout layout = ProjectLayout.discover();
        // A batch holds two waves of the endpoint's concurrency and each of the three consumers holds one more batch,
        // polled: enough queued work that the endpoint never waits for a poll, little enough that queued requests do
        // not outlive young collections (with four waves and two queued batches, inference-service held about 17,000
        // records, ran a full collection every 8 s, and was no faster). The instance's bound is twice the endpoint's,
        // so that the next requests wait, ready, at the endpoint's limiter and take each permit as soon as it frees.
        StackOptions options = jvmOptions.applyTo(StackOptions.ephemeral()).withReplicas(ServiceName.INFERENCE,
                        inferenceReplicas)
                .withReplicas(ServiceName.SCORING, 0)
                .withEnv(Map.of("EVALSTREAM_INFERENCE_MAX_CONCURRENCY", Integer.toString(2 * concurrency),
                        "EVALSTREAM_INFERENCE_HTTP_MAX_IN_FLIGHT_PER_ENDPOINT", Integer.toString(concurrency),
                        "EVALSTREAM_INFERENCE_MAX_POLL_RECORDS",
                        Integer.toString(batchRecords != null ? batchRecords : Math.max(500, 2 * concurrency)),
                        "EVALSTREAM_INFERENCE_QUEUED_BATCHES", Integer.toString(queuedBatches)));
        out.println("evalstream bench-provider: starting three stub model servers and the stack (scoring-service "
                + "later) on free ports");
        try (StubModelServer.Handle slow = StubModelServer.start(StubOptions.defaults()
                        .withLatency(Duration.ofMillis(latencyMs), Duration.ZERO).withMaxConcurrency(concurrency));
                StubModelServer.Handle relaxed = StubModelServer.start(StubOptions.defaults()
                        .withLatency(Duration.ofMillis(Math.max(1, relaxedLatencyMs)), Duration.ZERO)
                        .withMaxConcurrency(concurrency));
                StubModelServer.Handle fast = StubModelServer.start(StubOptions.defaults());
                StackSession session = StackSession.start(options, out)) {
            Stack stack = session.stack();
            String itemUrl = stack.service(ServiceName.ITEM).baseUrl();
            ApiClient items = new ApiClient(itemUrl, null); // item-service's API only, until scoring-service starts
            String slowModel = "openai:stub-" + latencyMs + "ms";
            register(items, slowModel, slow.baseUrl());
            register(items, "openai:stub-0ms", fast.baseUrl());
            register(items, "openai:stub-" + relaxedLatencyMs + "ms-relaxed", relaxed.baseUrl());

            Map<String, Object> report = new LinkedHashMap<>();
            report.put("timestamp", Instant.now().toString());
            report.put("machine", BenchCommand.machine());
            report.put("loadAverageAtStart", loadAverage());
            report.put("requests", requests);
            report.put("inferenceReplicas", inferenceReplicas);
            report.put("inferenceBatchRecords", options.extraEnv().get("EVALSTREAM_INFERENCE_MAX_POLL_RECORDS"));
            report.put("inferenceQueuedBatches", queuedBatches);
            Map<String, Integer> unscored = new LinkedHashMap<>(); // runs measured before scoring-service started
            Completion stubAnswered = (runId, stub, count) -> awaitStubAnswered(stub, count);
            if (warmup > 0) {
                out.printf("warm-up: %d calls to the 0 ms stub%n", warmup);
                Map<String, Object> warm = measure(items, stack, fast, "openai:stub-0ms", "bench-provider-warmup",
                        warmup, stubAnswered);
                unscored.put((String) warm.get("runId"), warmup);
            }
            out.printf("saturation, inference-service alone: %d calls, stub at %d ms allowing %d concurrent%n",
                    requests, latencyMs, concurrency);
            Map<String, Object> alone = measure(items, stack, slow, slowModel, "bench-provider-alone", requests,
                    stubAnswered);
            unscored.put((String) alone.get("runId"), requests);
            report.put("saturationInferenceAlone", againstIdeal(alone, latencyMs));

            out.println("starting scoring-service: it scores the runs above, which must hold every call's response");
            stack.addInstance(ServiceName.SCORING, out);
            ApiClient api = new ApiClient(itemUrl, stack.service(ServiceName.SCORING).baseUrl());
            Map<String, Object> check = verifyScored(api, unscored);
            report.put("inferenceAloneCheckedByScoring", check);

            out.printf("saturation, whole pipeline: %d calls, stub at %d ms allowing %d concurrent%n", requests,
                    latencyMs, concurrency);
            Completion scored = (runId, stub, count) -> new RunWatcher(api).awaitCompletion(runId,
                    Duration.ofMinutes(20), p -> { });
            List<FlightRecording> recordings = profileDir == null ? List.of() : FlightRecording.startAll(stack, profileDir);
            Map<String, Object> saturation = measure(api, stack, slow, slowModel, "bench-provider-slow", requests,
                    scored);
            for (FlightRecording recording : recordings) {
                out.println("profile: " + recording.stop());
            }
            report.put("saturation", againstIdeal(saturation, latencyMs));
            out.printf("zero latency: %d calls%n", requests);
            Map<String, Object> zero = measure(api, stack, fast, "openai:stub-0ms", "bench-provider-fast", requests,
                    scored);
            zero.put("requestsPerSecondPerInstance",
                    round((double) zero.get("steadyRequestsPerSecond") / inferenceReplicas));
            report.put("zeroLatency", zero);
            // the ideal at the saturation latency is only reachable if the whole co-located pipeline can carry it
            saturation.put("fractionOfZeroLatencyRate", round((double) saturation.get("steadyRequestsPerSecond")
                    / (double) zero.get("steadyRequestsPerSecond")));
            if (relaxedLatencyMs > 0) {
                int calls = Math.max(2 * concurrency, requests / 4);
                out.printf("relaxed saturation: %d calls, stub at %d ms allowing %d concurrent%n", calls,
                        relaxedLatencyMs, concurrency);
                Map<String, Object> calm = measure(api, stack, relaxed, "openai:stub-" + relaxedLatencyMs + "ms-relaxed",
                        "bench-provider-relaxed", calls, scored);
                report.put("relaxedSaturation", againstIdeal(calm, relaxedLatencyMs));
            }

            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Path file = output != null ? output : layout.root().resolve("target/bench/provider.json");
            Files.createDirectories(file.toAbsolutePath().getParent());
            json.writeValue(file.toFile(), report);
            out.println(json.writeValueAsString(report));
            out.println("written to " + file);
            if (!(boolean) check.get("complete")) {
                System.err.println("bench-provider: scoring-service did not find every response of the runs measured "
                        + "before it started: " + check);
                return 1;
            }
            return 0;
        }
    }

    /** How a measured run is known to be over. */
    @FunctionalInterface
    private interface Completion {
        /** Blocks until the run is over; returns its run JSON from scoring-service, or null when there is none. */
        JsonNode await(String runId, StubModelServer.Handle stub, int count) throws InterruptedException;
    }

    /**
     * Without scoring-service, the run is over for the client when the stub has answered every call: it has seen
     * {@code count} requests (a retried call would only add to them) and none is in flight.
     */
    private static JsonNode awaitStubAnswered(StubModelServer.Handle stub, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (stub.stats().requests() < count || stub.stats().inFlight() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the stub saw " + stub.stats().requests() + " of " + count
                        + " calls within 20 minutes");
            }
            Thread.sleep(20);
        }
        return null;
    }

    /**
     * Waits for scoring-service to complete each run measured before it started and checks that it stored every
     * planned response without errors: the fast runs must have lost nothing on the way to Kafka.
     */
    private static Map<String, Object> verifyScored(ApiClient api, Map<String, Integer> runs)
            throws InterruptedException {
        long received = 0;
        long errors = 0;
        long expected = 0;
        boolean complete = true;
        for (Map.Entry<String, Integer> run : runs.entrySet()) {
            JsonNode result = new RunWatcher(api).awaitCompletion(run.getKey(), Duration.ofMinutes(20), p -> { });
            received += result.path("received").asLong();
            errors += result.path("errors").asLong();
            expected += run.getValue();
            complete &= "COMPLETED".equals(result.path("state").asText())
                    && result.path("received").asLong() == run.getValue() && result.path("errors").asLong() == 0;
        }
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("runs", runs.size());
        check.put("expectedResponses", expected);
        check.put("receivedResponses", received);
        check.put("errors", errors);
        check.put("complete", complete);
        return check;
    }

    /** Adds the ideal rate at {@code latency} (concurrency / latency) and the steady rate's fraction of it. */
    private Map<String, Object> againstIdeal(Map<String, Object> figures, int latency) {
        double ideal = concurrency / (latency / 1000.0);
        figures.put("stubLatencyMs", latency);
        figures.put("allowedConcurrency", concurrency);
        figures.put("idealRequestsPerSecond", round(ideal));
        figures.put("fractionOfIdeal", round((double) figures.get("steadyRequestsPerSecond") / ideal));
        return figures;
    }

    private static void register(ApiClient api, String id, String baseUrl) {
        ObjectNode model = new ObjectMapper().createObjectNode();
        model.put("id", id);
        model.put("provider", "openai");
        model.put("baseUrl", baseUrl);
        model.put("modelName", "stub");
        api.registerModel(model);
    }

    /** One run of {@code count} calls to {@code modelId}, sampling the stub's request count as it goes. */
    private Map<String, Object> measure(ApiClient api, Stack stack, StubModelServer.Handle stub, String modelId,
            String suite, int count, Completion completion) throws InterruptedException {
        JsonNode dataset = api.importJsonl(suite, SyntheticSuite.jsonl(count, 11));
        stub.resetStats();
        Map<String, Double> cpuBefore = StackProcesses.cpuSeconds(stack, BROKER_AND_STUBS);
        ObjectNode body = new ObjectMapper().createObjectNode();
        body.put("suite", dataset.path("name").asText());
        body.put("version", dataset.path("version").asInt());
        body.putArray("models").add(modelId);
        body.put("cache", false);
        long start = System.nanoTime();
        String runId = api.createRun(body).path("runId").asText();
        List<long[]> samples = new ArrayList<>(); // {nanos since start, stub requests, stub in flight}
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                var stats = stub.stats();
                samples.add(new long[] {System.nanoTime() - start, stats.requests(), stats.inFlight()});
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "stub-sampler");
        sampler.setDaemon(true);
        sampler.start();
        JsonNode result = completion.await(runId, stub, count);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        Map<String, Double> cpuAfter = StackProcesses.cpuSeconds(stack, BROKER_AND_STUBS);
        Map<String, Double> perCall = new LinkedHashMap<>();
        cpuAfter.forEach((group, after) -> perCall.put(group, (after - cpuBefore.getOrDefault(group, 0.0)) * 1000.0 / count));
        double inferenceCpu = stack.instances(ServiceName.INFERENCE).stream()
                .mapToDouble(process -> perCall.get(process.name())).sum();
        perCall.replaceAll((group, millis) -> round(millis));

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("runId", runId);
        figures.put("calls", count);
        figures.put("errors", result == null ? null : result.path("errors").asLong()); // null: checked later
        figures.put("stubRequests", stub.stats().requests());
        figures.put("stubRateLimited", stub.stats().rateLimited());
        figures.put("stubPeakInFlight", stub.stats().peakInFlight());
        figures.put("secondsEndToEnd", round(seconds));
        figures.put("steadyRequestsPerSecond", round(steadyRate(samples, stub.stats().requests())));
        figures.put("stubMeanInFlightSteady", round(steadyMeanInFlight(samples, stub.stats().requests())));
        if (System.getenv("EVALSTREAM_BENCH_TIMELINE") != null) {
            samples.forEach(s -> System.err.printf("%d %d %d%n", s[0] / 1_000_000, s[1], s[2]));
        }
        figures.put("inferenceCpuMillisPerRequest", round(inferenceCpu));
        figures.put("cpuMillisPerRequestByProcess", perCall);
        Map<String, Double> peak = new LinkedHashMap<>();
        for (ServiceProcess process : stack.instances(ServiceName.INFERENCE)) {
            peak.put(process.name(), round(ProcessStats.peakRssMiB(process.pid())));
        }
        figures.put("inferencePeakRssMiB", peak);
        System.out.printf("  %s: %s%n", modelId, figures);
        return figures;
    }

    /** Calls per second between the samples where 10% and 90% of the calls had reached the stub. */
    static double steadyRate(List<long[]> samples, long total) {
        long[] from = null;
        long[] to = null;
        for (long[] sample : samples) {
            if (from == null && sample[1] >= total / 10) {
                from = sample;
            }
            if (to == null && sample[1] >= total * 9 / 10) {
                to = sample;
            }
        }
        if (from == null || to == null || to[0] <= from[0]) {
            return Double.NaN;
        }
        return (to[1] - from[1]) / ((to[0] - from[0]) / 1e9);
    }

    /**
     * The stub's mean requests in flight over the same window as {@link #steadyRate}: against an endpoint of fixed
     * latency, rate = in flight / latency, so a rate short of the ideal is either the client not keeping the
     * allowed requests in flight (this figure low) or the stub answering late (this figure at the limit).
     */
    static double steadyMeanInFlight(List<long[]> samples, long total) {
        double sum = 0;
        int n = 0;
        for (long[] sample : samples) {
            if (sample[1] >= total / 10 && sample[1] < total * 9 / 10) {
                sum += sample[2];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
