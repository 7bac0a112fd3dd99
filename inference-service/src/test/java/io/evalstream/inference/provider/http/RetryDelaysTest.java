package io.evalstream.inference.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryDelaysTest {

    @Test
    void readsRetryAfterSecondsAndHttpDatesAndResetHeaders() {
        assertThat(RetryDelays.retryAfter("2")).contains(Duration.ofSeconds(2));
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
        assertThat(RetryDelays.retryAfter(inTenSeconds).orElseThrow()).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
        assertThat(RetryDelays.retryAfter("soon")).isEmpty();
        assertThat(RetryDelays.goDuration("6m0s")).contains(Duration.ofMinutes(6));
        assertThat(RetryDelays.goDuration("1.5s")).contains(Duration.ofMillis(1500));
        assertThat(RetryDelays.goDuration("20ms")).contains(Duration.ofMillis(20));
        assertThat(RetryDelays.goDuration("x1s")).isEmpty();
        HttpReply reply = new HttpReply(429, Map.of("retry-after", "1", "x-ratelimit-reset-tokens", "3s"), "");
        assertThat(RetryDelays.requested(reply::header)).contains(Duration.ofSeconds(3));
        assertThat(reply.header("Retry-After")).contains("1");
    }

    @Test
    void backoffIsFullJitterBelowADoublingCeilingAndServerRequestsAreCapped() {
        RetryDelays delays = new RetryDelays(Duration.ofMillis(100), Duration.ofSeconds(1));
        for (int i = 0; i < 200; i++) {
            assertThat(delays.after(1, Optional.empty())).isBetween(Duration.ZERO, Duration.ofMillis(100));
            assertThat(delays.after(3, Optional.empty())).isBetween(Duration.ZERO, Duration.ofMillis(400));
            assertThat(delays.after(10, Optional.empty())).isBetween(Duration.ZERO, Duration.ofSeconds(1));
        }
        assertThat(delays.after(1, Optional.of(Duration.ofMillis(700)))).isEqualTo(Duration.ofMillis(700));
        assertThat(delays.after(1, Optional.of(Duration.ofHours(1)))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void scrubsTheKeyFromMessagesAndReadsProviderMessages() {
        assertThat(HttpModelClient.scrub("Incorrect API key provided: sk-abc123", "sk-abc123"))
                .isEqualTo("Incorrect API key provided: [redacted]");
        assertThat(HttpModelClient.providerMessage("{\"error\":{\"message\":\"bad max_tokens\",\"type\":\"x\"}}"))
                .isEqualTo("bad max_tokens");
        assertThat(HttpModelClient.providerMessage("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\","
                + "\"message\":\"messages: field required\"}}")).isEqualTo("messages: field required");
        assertThat(HttpModelClient.providerMessage("<html>502</html>")).isEqualTo("<html>502</html>");
    }

    @Test
    void endpointLimiterQueuesPastTheLimitAndSkipsCancelledWaiters() {
        EndpointLimiter limiter = new EndpointLimiter(2);
        assertThat(limiter.acquire("a")).isDone();
        assertThat(limiter.acquire("a")).isDone();
        var cancelled = limiter.acquire("a");
        var waiting = limiter.acquire("a");
        assertThat(limiter.acquire("b")).isDone();
        assertThat(waiting).isNotDone();
        cancelled.cancel(false);
        limiter.release("a");
        assertThat(waiting).isDone();
        assertThat(limiter.inFlight("a")).isEqualTo(2);
        limiter.release("a");
        limiter.release("a");
        assertThat(limiter.inFlight("a")).isZero();
    }
}
