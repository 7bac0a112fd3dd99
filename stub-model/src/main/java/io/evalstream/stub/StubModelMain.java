package io.evalstream.stub;

import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar stub-model.jar [--port P] [--latency 200ms] [--jitter 50ms] [--error-rate 0.05]
 * [--malformed-rate 0] [--rate-limit 600/min] [--max-concurrency 256] [--api-key-env NAME]
 * [--completions-logprobs-shape legacy|chat]}: serves until stopped and prints its counts on exit. The
 * {@code evalstream stub-model} command does the same through the CLI.
 */
public final class StubModelMain {
    private StubModelMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        StubOptions options = parse(args);
        StubModelServer.Handle handle = StubModelServer.start(options);
        System.out.println("stub model listening on " + handle.baseUrl() + " " + options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stub model stopping: " + handle.stats());
            handle.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    static StubOptions parse(String[] args) {
        StubOptions options = StubOptions.defaults().withPort(8000);
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            options = switch (name) {
                case "--port" -> options.withPort(Integer.parseInt(value));
                case "--latency" -> options.withLatency(StubArguments.duration(value), options.jitter());
                case "--jitter" -> options.withLatency(options.latency(), StubArguments.duration(value));
                case "--error-rate" -> options.withErrorRate(Double.parseDouble(value));
                case "--malformed-rate" -> options.withMalformedRate(Double.parseDouble(value));
                case "--rate-limit" -> options.withRateLimitPerMinute(StubArguments.ratePerMinute(value));
                case "--max-concurrency" -> options.withMaxConcurrency(Integer.parseInt(value));
                case "--api-key-env" -> options.withApiKey(requireEnv(value));
                case "--completions-logprobs-shape" -> options.withCompletionsLogprobsShape(
                        StubOptions.LogprobsShape.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
                default -> throw new IllegalArgumentException("unknown option " + name);
            };
        }
        return options;
    }

    /** The key in environment variable {@code name}: the key itself never appears on a command line. */
    public static String requireEnv(String name) {
        String key = System.getenv(name);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("environment variable " + name + " is not set");
        }
        return key;
    }
}
