package io.evalstream.inference.provider.http;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long to wait before a retry: what the server asked for ({@code Retry-After} in seconds or as an HTTP
 * date, or OpenAI's {@code x-ratelimit-reset-requests} / {@code -tokens} such as {@code 1s}, {@code 6m0s},
 * {@code 20ms}), otherwise exponential backoff with full jitter (a uniform wait below a doubling ceiling), which
 * spreads the retries of many clients instead of synchronising them. Both are capped.
 */
public final class RetryDelays {
    private static final Pattern GO_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");
    private final Duration initial;
    private final Duration max;

    public RetryDelays(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    /** The wait before attempt {@code failedAttempt + 1}, honouring {@code serverAsked} when present. */
    public Duration after(int failedAttempt, Optional<Duration> serverAsked) {
        if (serverAsked.isPresent()) {
            Duration asked = serverAsked.get();
            return asked.compareTo(max) > 0 ? max : asked;
        }
        long ceiling = Math.min(max.toMillis(), initial.toMillis() << Math.min(20, failedAttempt - 1));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /** The longest wait the server's headers ask for, if any. */
    public static Optional<Duration> requested(Function<String, Optional<String>> header) {
        Optional<Duration> retryAfter = header.apply("retry-after").flatMap(RetryDelays::retryAfter);
        Optional<Duration> resetRequests = header.apply("x-ratelimit-reset-requests").flatMap(RetryDelays::goDuration);
        Optional<Duration> resetTokens = header.apply("x-ratelimit-reset-tokens").flatMap(RetryDelays::goDuration);
        return java.util.stream.Stream.of(retryAfter, resetRequests, resetTokens)
                .flatMap(Optional::stream).max(Duration::compareTo);
    }

    /** {@code Retry-After}: delta seconds or an HTTP date. */
    static Optional<Duration> retryAfter(String value) {
        String v = value.trim();
        try {
            return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }

    /** OpenAI's reset headers: Go-style durations such as {@code 1s}, {@code 6m0s}, {@code 20ms}, {@code 1h2m}. */
    static Optional<Duration> goDuration(String value) {
        Matcher m = GO_DURATION.matcher(value.trim());
        double millis = 0;
        boolean any = false;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                return Optional.empty();
            }
            any = true;
            end = m.end();
            double n = Double.parseDouble(m.group(1));
            millis += switch (m.group(2)) {
                case "h" -> n * 3_600_000;
                case "m" -> n * 60_000;
                case "s" -> n * 1000;
                default -> n;
            };
        }
        return any && end == value.trim().length() ? Optional.of(Duration.ofMillis(Math.round(millis))) : Optional.empty();
    }
}
