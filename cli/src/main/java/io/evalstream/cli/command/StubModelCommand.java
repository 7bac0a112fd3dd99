package io.evalstream.cli.command;

import io.evalstream.stub.StubArguments;
import io.evalstream.stub.StubModelMain;
import io.evalstream.stub.StubModelServer;
import io.evalstream.stub.StubOptions;
import io.evalstream.stub.StubStats;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evalstream stub-model}: serves the OpenAI-compatible and Anthropic APIs with deterministic answers,
 * latency, limits and injected errors, so that users can load-test their pipeline without paying for a model.
 * Serves until Ctrl-C and prints what it saw.
 */
@Command(name = "stub-model", mixinStandardHelpOptions = true,
        description = "Serve a stub OpenAI-compatible / Anthropic model (deterministic answers, latency, limits,"
                + " errors) until Ctrl-C.")
public final class StubModelCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8000", description = "Port (0 = a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--latency", defaultValue = "0ms", description = "Latency per request, e.g. 200ms. Default: ${DEFAULT-VALUE}.")
    String latency;

    @Option(names = "--jitter", defaultValue = "0ms", description = "Uniform +/- spread around the latency. Default: ${DEFAULT-VALUE}.")
    String jitter;

    @Option(names = "--error-rate", defaultValue = "0", description = "Fraction of requests answered 500. Default: ${DEFAULT-VALUE}.")
    double errorRate;

    @Option(names = "--malformed-rate", defaultValue = "0", description = "Fraction answered 200 with a non-JSON body. Default: ${DEFAULT-VALUE}.")
    double malformedRate;

    @Option(names = "--rate-limit", defaultValue = "0", description = "Requests per minute, e.g. 600/min (0 = none); past it 429 with Retry-After.")
    String rateLimit;

    @Option(names = "--max-concurrency", defaultValue = "0", description = "Requests served at once (0 = no limit); past it 429.")
    int maxConcurrency;

    @Option(names = "--api-key-env", description = "Name of an environment variable holding the key clients must send.")
    String apiKeyEnv;

    @Option(names = "--completions-logprobs-shape", defaultValue = "LEGACY",
            description = "Logprobs shape of /v1/completions: LEGACY (OpenAI) or CHAT (llama-server). Default: ${DEFAULT-VALUE}.")
    StubOptions.LogprobsShape completionsShape;

    StubOptions options() {
        StubOptions options = StubOptions.defaults().withPort(port)
                .withLatency(StubArguments.duration(latency), StubArguments.duration(jitter))
                .withErrorRate(errorRate).withMalformedRate(malformedRate)
                .withRateLimitPerMinute(StubArguments.ratePerMinute(rateLimit))
                .withMaxConcurrency(maxConcurrency)
                .withCompletionsLogprobsShape(completionsShape);
        return apiKeyEnv == null ? options : options.withApiKey(StubModelMain.requireEnv(apiKeyEnv));
    }

    @Override
    public Integer call() throws InterruptedException {
        StubModelServer.Handle handle = StubModelServer.start(options());
        System.out.println("Stub model serving " + handle.baseUrl() + " (POST /v1/chat/completions, /v1/completions,"
                + " /v1/messages; GET /stats). Ctrl-C to stop.");
        System.out.println(handle.options());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            StubStats stats = handle.stats();
            System.out.println("Stub model stopped: " + stats.requests() + " requests " + stats.byPath()
                    + ", peak in flight " + stats.peakInFlight() + ", rate-limited " + stats.rateLimited()
                    + ", injected errors " + stats.errors());
            handle.close();
            stopped.countDown();
        }, "stub-model-shutdown"));
        stopped.await();
        return 0;
    }
}
