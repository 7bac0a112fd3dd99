package io.evalstream.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic request identity (architecture invariant 1): re-planning or replaying a run yields the same
 * ids, which is what lets every downstream store deduplicate by id instead of by delivery.
 */
public final class RequestIds {
    private RequestIds() {
    }

    /**
     * SHA-256 over the identity fields, each length-prefixed so that no two different tuples can collide by
     * concatenation ("ab"+"c" vs "a"+"bc"); the first 128 bits, hex.
     */
    public static String of(String runId, String itemId, String variantId, int sample, String modelId,
            Purpose purpose) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] { runId, itemId, variantId, Integer.toString(sample), modelId,
                    purpose.name() }) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
