package io.evalstream.item.kind;

import java.util.Objects;

/**
 * A {@code continuation_pair} item's content: one beginning (empty for whole sentences) and two continuations whose
 * log-likelihoods are compared. {@code form} says what the two are: the true and the false continuation of the
 * Strange Dataset's generation task ({@code first} = true), or CrowS-Pairs' more and less stereotyping sentences
 * ({@code first} = sent_more). {@code biasType} and {@code stereoAntistereo} are CrowS-Pairs' annotations, null
 * when not given.
 */
public record ContinuationPair(Form form, String beginning, String first, String second, String biasType,
        String stereoAntistereo) {

    /** Which two continuations an item holds, and the role names its two requests carry. */
    public enum Form {
        /** {@code continuation_true} / {@code continuation_false}: roles "true" and "false". */
        TRUE_FALSE("continuation_true", "continuation_false", "true", "false"),
        /** {@code sent_more} / {@code sent_less}: roles "more" and "less". */
        MORE_LESS("sent_more", "sent_less", "more", "less");

        private final String firstField;
        private final String secondField;
        private final String firstRole;
        private final String secondRole;

        Form(String firstField, String secondField, String firstRole, String secondRole) {
            this.firstField = firstField;
            this.secondField = secondField;
            this.firstRole = firstRole;
            this.secondRole = secondRole;
        }

        /** The JSONL field of the first continuation; also the variant id of its request. */
        public String firstField() {
            return firstField;
        }

        /** The JSONL field of the second continuation; also the variant id of its request. */
        public String secondField() {
            return secondField;
        }

        public String firstRole() {
            return firstRole;
        }

        public String secondRole() {
            return secondRole;
        }
    }

    public ContinuationPair {
        Objects.requireNonNull(form, "form");
        beginning = beginning == null ? "" : beginning;
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }
}
