package io.evalstream.inference.provider.http;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.inference.InferenceConfigs;
import io.evalstream.inference.answer.RequestAnswerer;
import io.evalstream.inference.metrics.InferenceMetrics;
import io.evalstream.inference.provider.ModelProvider;
import io.evalstream.inference.provider.ProviderRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** HTTP provider settings and a full answerer around one provider, for plain unit tests against the stub. */
public final class HttpProviders {
    private HttpProviders() {
    }

    /** Test settings: short backoffs and timeouts so that retry tests take a second, not a minute. */
    public record Config(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration attemptTimeout,
            Duration connectTimeout, int maxInFlightPerEndpoint, String anthropicVersion,
            int anthropicDefaultMaxTokens) implements HttpProviderConfig {
    }

    public static Config config(int maxAttempts, Duration attemptTimeout, int maxInFlightPerEndpoint) {
        return new Config(maxAttempts, Duration.ofMillis(20), Duration.ofSeconds(5), attemptTimeout,
                Duration.ofSeconds(2), maxInFlightPerEndpoint, "2023-06-01", 256);
    }

    public static Config defaults() {
        return config(4, Duration.ofSeconds(5), 64);
    }

    /** Secrets from a map, as an environment would give them. */
    public static SecretResolver secrets(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    /** The service's answerer around {@code provider}: what turns failures into ERROR / TIMEOUT responses. */
    public static ResponseReceived answer(ModelProvider provider, EvaluationRequested request) {
        return answerer(provider).answer(request).await().atMost(Duration.ofSeconds(60));
    }

    public static RequestAnswerer answerer(ModelProvider provider) {
        return new RequestAnswerer(new ProviderRegistry(List.of(provider)),
                InferenceConfigs.of(256, Duration.ofSeconds(60), 0.5), new InferenceMetrics(new SimpleMeterRegistry()));
    }
}
