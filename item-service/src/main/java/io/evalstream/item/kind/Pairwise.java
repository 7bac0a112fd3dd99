package io.evalstream.item.kind;

/**
 * A pairwise judging item's content: the instruction, the two responses to compare, and optionally a reference
 * answer, a system message for the judge and a criterion (replacing MT-Bench's default list of qualities).
 */
public record Pairwise(String instruction, String responseA, String responseB, String reference, String system,
        String criterion) {
}
