package io.evalstream.item.run;

import java.security.SecureRandom;
import java.util.HexFormat;

/** New run ids: {@code run-} and 12 random hex digits (48 bits: collisions are negligible at any run count). */
public final class RunIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {
    }

    /** Prefix of the open-ended runs of watches. */
    public static final String WATCH_PREFIX = "watch-run-";

    public static String next() {
        return "run-" + hex();
    }

    /** The id of a watch's open-ended run. */
    public static String nextWatch() {
        return WATCH_PREFIX + hex();
    }

    public static boolean isWatchRun(String runId) {
        return runId.startsWith(WATCH_PREFIX);
    }

    private static String hex() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
