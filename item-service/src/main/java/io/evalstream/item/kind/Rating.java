package io.evalstream.item.kind;

/**
 * A response to be rated by a judge model (MT-Bench single answer grading; compositional preference models):
 * the {@code prompt}, the {@code response}, optionally the {@code attribute} judged ("helpfulness") and a
 * {@code rubric}, the integer scale {@code min}..{@code max}, and optionally the {@code model} that wrote the
 * response, so that ratings are reported per rated model.
 */
public record Rating(String prompt, String response, String attribute, String rubric, int min, int max,
        String model) {
    public Rating {
        if (min < RatingKind.LOWEST || max > RatingKind.HIGHEST || min >= max) {
            throw new IllegalArgumentException("scale must be within " + RatingKind.LOWEST + ".." + RatingKind.HIGHEST
                    + " with min < max: " + min + ".." + max);
        }
    }
}
