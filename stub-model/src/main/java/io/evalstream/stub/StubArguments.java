package io.evalstream.stub;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the stub's command-line values the way people write them ({@code 200ms}, {@code 1.5s},
 * {@code 600/min}), shared by {@link StubModelMain} and the {@code evalstream stub-model} command.
 */
public final class StubArguments {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");
    private static final Pattern RATE = Pattern.compile("(\\d+)\\s*(?:/\\s*(s|sec|second|m|min|minute))?");

    private StubArguments() {
    }

    /** {@code 200ms}, {@code 2s}, {@code 1m}; a bare number is milliseconds. */
    public static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (use e.g. 200ms, 2s, 1m)");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        double millis = switch (unit) {
            case "s" -> value * 1000;
            case "m" -> value * 60_000;
            default -> value;
        };
        return Duration.ofMillis(Math.round(millis));
    }

    /** Requests per minute from {@code 600/min}, {@code 10/s} or a bare per-minute number; 0 = unlimited. */
    public static int ratePerMinute(String text) {
        Matcher m = RATE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a rate: '" + text + "' (use e.g. 600/min or 10/s)");
        }
        int value = Integer.parseInt(m.group(1));
        return m.group(2) != null && m.group(2).startsWith("s") ? value * 60 : value;
    }
}
