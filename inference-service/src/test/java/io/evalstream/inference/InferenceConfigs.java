package io.evalstream.inference;

import io.evalstream.inference.config.InferenceConfig;
import java.time.Duration;

/** An {@link InferenceConfig} for plain unit tests, without SmallRye Config. */
public final class InferenceConfigs {
    private InferenceConfigs() {
    }

    public static InferenceConfig of(int maxConcurrency, Duration callTimeout, double firstOptionKnowledge) {
        return new InferenceConfig() {
            @Override
            public int maxConcurrency() {
                return maxConcurrency;
            }

            @Override
            public Duration callTimeout() {
                return callTimeout;
            }

            @Override
            public Builtin builtin() {
                return () -> () -> firstOptionKnowledge;
            }
        };
    }
}
