package io.evalstream.item.run;

import java.security.SecureRandom;
import java.util.HexFormat;

/** New run ids: {@code run-} and 12 random hex digits (48 bits: collisions are negligible at any run count). */
public final class RunIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {
    }

    public static String next() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "run-" + HexFormat.of().formatHex(bytes);
    }
}
