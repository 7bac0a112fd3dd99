package io.evalstream.item.variant;

import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Every order a survey question is asked in ("Questioning the Survey Responses of LLMs": answers are read over
 * option orders so that position effects can be measured and averaged out). Up to {@value #MAX_FULL_OPTIONS}
 * options all k! orders are asked (2, 6 or 24 requests); above that the k cyclic shifts, which still put every
 * option in every position exactly once (what the A-bias and the adjusted distribution need) at k requests
 * instead of k!. The choice is the kind's own, whatever the run's {@code permutations}: a survey answer read in
 * one order only is what the paper shows to be misleading.
 */
public final class OptionOrders {
    /** 4! = 24 requests per question and model; 5! = 120 would be too many. */
    public static final int MAX_FULL_OPTIONS = 4;
    static final String FULL_PREFIX = "perm-";

    private OptionOrders() {
    }

    /** The variants of a question with {@code k} options (k >= 2). */
    public static List<Variant> all(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("a question needs at least two options to be reordered");
        }
        if (k > MAX_FULL_OPTIONS) {
            return VariantExpander.expand(PermutationMode.CYCLIC, k);
        }
        List<Variant> variants = new ArrayList<>();
        permute(new ArrayList<>(), new boolean[k], variants);
        return List.copyOf(variants);
    }

    private static void permute(List<Integer> prefix, boolean[] used, List<Variant> out) {
        int k = used.length;
        if (prefix.size() == k) {
            boolean identity = true;
            StringBuilder id = new StringBuilder(FULL_PREFIX);
            for (int pos = 0; pos < k; pos++) {
                identity &= prefix.get(pos) == pos;
                id.append(prefix.get(pos));
            }
            out.add(new Variant(id.toString(), identity ? VariantKind.ORIGINAL : VariantKind.PERMUTATION,
                    List.copyOf(prefix)));
            return;
        }
        for (int option = 0; option < k; option++) {
            if (!used[option]) {
                used[option] = true;
                prefix.add(option);
                permute(prefix, used, out);
                prefix.remove(prefix.size() - 1);
                used[option] = false;
            }
        }
    }
}
