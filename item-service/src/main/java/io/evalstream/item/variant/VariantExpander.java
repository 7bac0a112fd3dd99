package io.evalstream.item.variant;

import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Expands one item's options into variants (docs/architecture.md, "Variant plans"). {@code permutation[pos]}
 * is the original index shown at displayed position {@code pos}; the scorer maps a displayed answer back to
 * content with it, which is why every permuted variant carries its permutation, including the identity.
 */
public final class VariantExpander {
    static final String ORIGINAL_ID = "original";
    static final String CYCLIC_PREFIX = "cyclic-";
    static final String PERMUTATION_PREFIX = "perm-";
    static final String GOLD_AT_PREFIX = "gold_at-";
    /** FULL asks k! orders: 40,320 at 8 options is already more than anyone means to pay per item and model. */
    public static final int MAX_FULL_OPTIONS = 8;

    private VariantExpander() {
    }

    /**
     * The variants of an item with {@code optionCount} permutable options. Items with fewer than two options
     * (true/false statements report none) are never permuted and yield the single {@code original} variant.
     */
    public static List<Variant> expand(PermutationMode mode, int optionCount) {
        if (mode == PermutationMode.NONE || optionCount < 2) {
            return List.of(Variant.original());
        }
        List<Variant> variants = new ArrayList<>(optionCount);
        for (int shift = 0; shift < optionCount; shift++) {
            variants.add(cyclic(shift, optionCount));
        }
        return List.copyOf(variants);
    }

    /** Shift {@code s}: {@code permutation[pos] = (pos + s) mod k}; shift 0 is the original order. */
    public static Variant cyclic(int shift, int optionCount) {
        List<Integer> permutation = new ArrayList<>(optionCount);
        for (int pos = 0; pos < optionCount; pos++) {
            permutation.add((pos + shift) % optionCount);
        }
        return new Variant(CYCLIC_PREFIX + shift, shift == 0 ? VariantKind.ORIGINAL : VariantKind.PERMUTATION,
                permutation);
    }

    /** The displayed position of original option {@code originalIndex}; identity when not permuted. */
    public static int displayedPosition(Variant variant, int originalIndex) {
        List<Integer> permutation = variant.permutation();
        if (permutation == null) {
            return originalIndex;
        }
        int pos = permutation.indexOf(originalIndex);
        if (pos < 0) {
            throw new IllegalArgumentException("variant " + variant.id() + " does not show option " + originalIndex);
        }
        return pos;
    }

    /** The original option index shown at displayed position {@code pos}. */
    public static int originalIndexAt(Variant variant, int pos) {
        return variant.permutation() == null ? pos : variant.permutation().get(pos);
    }

    /**
     * The variants of an item with {@code optionCount} options whose gold is original option {@code gold}, under
     * any permutation choice. {@code itemId} salts the seed of a sampled set, so items get different samples but
     * a replan gets the same ones. Throws {@link IllegalArgumentException} (message fit for the user) when the
     * choice cannot apply to this item: FULL beyond {@value #MAX_FULL_OPTIONS} options, gold_at:j beyond the last
     * option.
     */
    public static List<Variant> expand(VariantOptions options, String itemId, int optionCount, int gold) {
        Permutations permutations = options.permutations();
        if (permutations.mode().basic() || optionCount < 2) {
            return expand(permutations.mode(), optionCount);
        }
        return switch (permutations.mode()) {
            case FULL -> full(optionCount);
            case SAMPLED -> sampled(optionCount, options.permutationSamples(), seed(options.seed(), itemId));
            case GOLD_AT -> List.of(goldAt(optionCount, gold, permutations.goldAt()));
            default -> throw new IllegalStateException("unhandled permutation mode " + permutations.mode());
        };
    }

    /** All k! orders in lexicographic order of their permutation lists; the identity first. */
    public static List<Variant> full(int optionCount) {
        if (optionCount > MAX_FULL_OPTIONS) {
            throw new IllegalArgumentException("FULL permutations of " + optionCount + " options would be "
                    + optionCount + "! variants per item; use SAMPLED (at most " + MAX_FULL_OPTIONS + " options for FULL)");
        }
        List<Variant> variants = new ArrayList<>();
        permute(new ArrayList<>(), new boolean[optionCount], variants);
        return List.copyOf(variants);
    }

    private static void permute(List<Integer> prefix, boolean[] used, List<Variant> out) {
        if (prefix.size() == used.length) {
            out.add(permutation(prefix));
            return;
        }
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                used[i] = true;
                prefix.add(i);
                permute(prefix, used, out);
                prefix.remove(prefix.size() - 1);
                used[i] = false;
            }
        }
    }

    /**
     * A seeded sample of {@code count} distinct orders, drawn by uniform shuffles (Fisher-Yates) and returned in
     * draw order; all k! of them (in lexicographic order) when {@code count} is at least k!.
     */
    public static List<Variant> sampled(int optionCount, int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("permutationSamples must be at least 1, not " + count);
        }
        if (optionCount <= MAX_FULL_OPTIONS && count >= factorial(optionCount)) {
            return full(optionCount);
        }
        SplittableRandom random = new SplittableRandom(seed);
        LinkedHashSet<List<Integer>> drawn = new LinkedHashSet<>();
        while (drawn.size() < count) {
            List<Integer> order = new ArrayList<>(optionCount);
            for (int i = 0; i < optionCount; i++) {
                order.add(i);
            }
            for (int i = optionCount - 1; i > 0; i--) {
                Collections.swap(order, i, random.nextInt(i + 1));
            }
            drawn.add(List.copyOf(order));
        }
        return drawn.stream().map(VariantExpander::permutation).toList();
    }

    /**
     * The gold option moved to displayed position {@code position}, the other options keeping their original
     * relative order around it (so only the gold's position changes, as in "gold moved to position j").
     */
    public static Variant goldAt(int optionCount, int gold, int position) {
        if (position >= optionCount) {
            throw new IllegalArgumentException("gold_at:" + position + " needs at least " + (position + 1)
                    + " options; the item has " + optionCount);
        }
        List<Integer> order = new ArrayList<>(optionCount);
        for (int i = 0; i < optionCount; i++) {
            if (i != gold) {
                order.add(i);
            }
        }
        order.add(position, gold);
        return new Variant(GOLD_AT_PREFIX + position, isIdentity(order) ? VariantKind.ORIGINAL : VariantKind.PERMUTATION,
                order);
    }

    /** A permutation variant named by its content ({@code perm-2.0.1}), so equal orders get equal ids. */
    public static Variant permutation(List<Integer> order) {
        StringBuilder id = new StringBuilder(PERMUTATION_PREFIX);
        for (int i = 0; i < order.size(); i++) {
            id.append(i == 0 ? "" : ".").append(order.get(i));
        }
        return new Variant(id.toString(), isIdentity(order) ? VariantKind.ORIGINAL : VariantKind.PERMUTATION, order);
    }

    static boolean isIdentity(List<Integer> order) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) != i) {
                return false;
            }
        }
        return true;
    }

    static long factorial(int k) {
        long f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }

    /** The run's seed mixed with the item id: a different sample per item, the same one on every replan. */
    public static long seed(long seed, String itemId) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < itemId.length(); i++) {
            h = (h ^ itemId.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }
}
