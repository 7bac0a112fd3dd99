package io.evalstream.scoring.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Bounded retries: a transient failure is retried, a persistent one surfaces after the last attempt. */
class StoreRetryTest {

    @Test
    void retriesUntilSuccess() {
        AtomicInteger calls = new AtomicInteger();
        String result = new StoreRetry(3, Duration.ofMillis(1)).call("test", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("deadlock detected");
            }
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(calls).hasValue(3);
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> new StoreRetry(2, Duration.ofMillis(1)).call("test", () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        assertThat(calls).hasValue(2);
    }
}
