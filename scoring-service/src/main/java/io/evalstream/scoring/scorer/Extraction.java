package io.evalstream.scoring.scorer;

/**
 * What an extraction filter read from a text: the answer (null when nothing could be read unambiguously) and
 * the reason, which becomes the score's explanation.
 */
public record Extraction(String answer, String explanation) {

    public static Extraction found(String answer, String explanation) {
        return new Extraction(answer, explanation);
    }

    public static Extraction none(String explanation) {
        return new Extraction(null, explanation);
    }

    public boolean isFound() {
        return answer != null;
    }
}
