package io.evalstream.item.prompt;

import java.util.ArrayList;
import java.util.List;

/** Display labels of options: A, B, C, ... One place, so prompts and scoring contexts cannot disagree. */
public final class OptionLabels {
    /** Single letters keep every label one token for LABEL_PROBS reading. */
    public static final int MAX_OPTIONS = 26;

    private OptionLabels() {
    }

    public static String label(int position) {
        if (position < 0 || position >= MAX_OPTIONS) {
            throw new IllegalArgumentException("no label for position " + position);
        }
        return String.valueOf((char) ('A' + position));
    }

    public static List<String> labels(int count) {
        List<String> labels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            labels.add(label(i));
        }
        return List.copyOf(labels);
    }

    /** "A, B, C or D": how the instruction names the allowed answers. */
    public static String enumerate(List<String> labels) {
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }
}
