package io.evalstream.cli.render;

import java.time.Duration;

/** One line of progress: bar, counts, rate, ETA and errors. Pure function of its inputs so it is testable. */
public final class ProgressBar {
    private ProgressBar() {
    }

    public static String render(long received, long planned, long errors, Duration elapsed, int width) {
        double fraction = planned <= 0 ? 0 : Math.min(1.0, (double) received / planned);
        int filled = (int) Math.round(fraction * width);
        double seconds = Math.max(elapsed.toMillis() / 1000.0, 1e-3);
        double rate = received / seconds;
        String eta = rate <= 0 || received >= planned ? "-" : formatDuration((planned - received) / rate);
        return String.format("[%s%s] %5.1f%%  %d/%d  %.0f/s  eta %s  errors %d", "#".repeat(filled),
                ".".repeat(width - filled), fraction * 100, received, planned, rate, eta, errors);
    }

    /**
     * The same line from the server's own figures ({@code ratePerSecond} and {@code etaSeconds} of
     * scoring-service's run JSON; null when not known yet, shown as "-").
     */
    public static String render(long received, long planned, long errors, Double ratePerSecond, Double etaSeconds,
            int width) {
        double fraction = planned <= 0 ? 0 : Math.min(1.0, (double) received / planned);
        int filled = (int) Math.round(fraction * width);
        String rate = ratePerSecond == null ? "-" : String.format(java.util.Locale.ROOT, "%.0f", ratePerSecond);
        String eta = etaSeconds == null ? "-" : formatDuration(etaSeconds);
        return String.format(java.util.Locale.ROOT, "[%s%s] %5.1f%%  %d/%d  %s/s  eta %s  errors %d",
                "#".repeat(filled), ".".repeat(width - filled), fraction * 100, received, planned, rate, eta, errors);
    }

    static String formatDuration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
