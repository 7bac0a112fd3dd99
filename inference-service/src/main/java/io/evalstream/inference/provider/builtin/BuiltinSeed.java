package io.evalstream.inference.provider.builtin;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The seed of a built-in model's randomness: a hash of the request's answer identity (item, variant, sample
 * index, model and purpose — the request id without its run), the request's sampling seed and a purpose salt.
 * The same request therefore always gets the same answer, on any machine and after any replay; and, because
 * the run is left out, re-running a suite gives a built-in model the same answers, as an unchanged real model
 * at temperature 0 would: a regression check then sees no change, and tests of a random model are not flaky.
 * Separate salts keep the answer independent of how it is phrased.
 */
public final class BuiltinSeed {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private BuiltinSeed() {
    }

    /** The request's identity without its run id. */
    public static String answerIdentity(io.evalstream.contracts.EvaluationRequested request) {
        return String.join("\u0000", request.itemId(), request.variant().id(), Integer.toString(request.sample()),
                request.model().id(), request.purpose().name());
    }

    /** A random stream for one purpose ({@code salt}) of one request. */
    public static SplittableRandom random(String requestId, Long samplingSeed, String salt) {
        return new SplittableRandom(of(requestId, samplingSeed, salt));
    }

    /** FNV-1a over the parts (NUL-separated), finished with the SplitMix64 mixer to spread close inputs. */
    public static long of(String requestId, Long samplingSeed, String salt) {
        long hash = FNV_OFFSET;
        for (String part : new String[] { requestId, String.valueOf(samplingSeed), salt }) {
            for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                hash = (hash ^ (b & 0xff)) * FNV_PRIME;
            }
            hash = (hash ^ 0) * FNV_PRIME;
        }
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        return hash ^ (hash >>> 31);
    }
}
