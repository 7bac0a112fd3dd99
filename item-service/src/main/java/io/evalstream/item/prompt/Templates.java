package io.evalstream.item.prompt;

import java.util.List;

/**
 * The prompt templates an item can be asked with (PROTOCOLS.md, "Variants": zero-shot, few-shot with k seeded
 * exemplars, chain of thought). Each template a run names is its own variant of every item, recorded in the
 * request's {@code Variant.template}.
 */
public final class Templates {
    public static final String ZERO_SHOT = ZeroShotPrompts.TEMPLATE;
    public static final String FEW_SHOT = "few-shot";
    public static final String CHAIN_OF_THOUGHT = "chain-of-thought";
    public static final List<String> ALL = List.of(ZERO_SHOT, FEW_SHOT, CHAIN_OF_THOUGHT);

    private Templates() {
    }

    /** The prefix a template adds to a variant id ({@code fs3/} for three exemplars, {@code cot/}); none for zero-shot. */
    public static String idPrefix(String template, int fewShot) {
        return switch (template) {
            case FEW_SHOT -> "fs" + fewShot + "/";
            case CHAIN_OF_THOUGHT -> "cot/";
            default -> "";
        };
    }
}
