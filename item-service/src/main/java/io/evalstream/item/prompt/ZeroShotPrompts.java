package io.evalstream.item.prompt;

import java.util.List;

/**
 * The zero-shot prompt texts. Their wording is part of what a result means (a changed instruction changes
 * the numbers), so they are constants in one class, named by {@link #TEMPLATE} in every {@code RunPlanned}.
 */
public final class ZeroShotPrompts {
    /** The template name recorded in the run's variant plan. */
    public static final String TEMPLATE = "zero-shot";
    static final String TRUE_FALSE_QUESTION = "Is the following statement true or false?";
    static final String TRUE_FALSE_INSTRUCTION = "Answer with True or False only.";

    private ZeroShotPrompts() {
    }

    /** The question, one "A. choice" line per displayed option, and an instruction to answer with the letter. */
    public static String multipleChoice(String question, List<String> labels, List<String> displayedChoices) {
        StringBuilder prompt = new StringBuilder(question.strip()).append("\n\n");
        for (int pos = 0; pos < displayedChoices.size(); pos++) {
            prompt.append(labels.get(pos)).append(". ").append(displayedChoices.get(pos)).append('\n');
        }
        return prompt.append("\nAnswer with the letter (").append(OptionLabels.enumerate(labels))
                .append(") of the correct option only.").toString();
    }

    /** The statement on its own line, so that "this sentence" can only mean the statement itself. */
    public static String trueFalse(String statement) {
        return TRUE_FALSE_QUESTION + "\n\n" + statement.strip() + "\n\n" + TRUE_FALSE_INSTRUCTION;
    }
}
