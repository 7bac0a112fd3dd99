package io.evalstream.item.prompt;

import java.util.List;

/**
 * The survey prompt: the question, one "A. option" line per displayed option and an instruction to answer with
 * the letter of the option that is the model's own answer. The wording follows the multiple-choice prompt of
 * "Questioning the Survey Responses of LLMs" (Dominguez-Olmedo et al., 2024): no "correct" option exists, so
 * the instruction asks for the answer, not the right one.
 */
public final class SurveyPrompts {
    /** The template name recorded in the survey's scoring context. */
    public static final String TEMPLATE = "survey-v1";

    private SurveyPrompts() {
    }

    public static String question(String question, List<String> labels, List<String> displayedOptions) {
        StringBuilder prompt = new StringBuilder("Question: ").append(question.strip()).append("\n\n");
        for (int pos = 0; pos < displayedOptions.size(); pos++) {
            prompt.append(labels.get(pos)).append(". ").append(displayedOptions.get(pos)).append('\n');
        }
        return prompt.append("\nAnswer with the letter (").append(OptionLabels.enumerate(labels))
                .append(") of the option that is your answer.").toString();
    }
}
