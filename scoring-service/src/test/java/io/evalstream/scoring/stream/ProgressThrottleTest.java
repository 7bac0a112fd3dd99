package io.evalstream.scoring.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** One progress event per run per interval, on a hand-driven clock. */
class ProgressThrottleTest {

    @Test
    void allowsOneEventPerRunPerInterval() {
        AtomicLong now = new AtomicLong(0);
        ProgressThrottle throttle = new ProgressThrottle(Duration.ofMillis(500), now::get);

        assertThat(throttle.tryAcquire("a")).isTrue();
        assertThat(throttle.tryAcquire("a")).isFalse();
        assertThat(throttle.tryAcquire("b")).isTrue();

        now.set(Duration.ofMillis(499).toNanos());
        assertThat(throttle.tryAcquire("a")).isFalse();
        now.set(Duration.ofMillis(500).toNanos());
        assertThat(throttle.tryAcquire("a")).isTrue();

        throttle.forget("a");
        assertThat(throttle.tryAcquire("a")).isTrue();
    }
}
