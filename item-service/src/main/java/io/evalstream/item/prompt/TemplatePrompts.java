package io.evalstream.item.prompt;

import io.evalstream.contracts.ChatMessage;
import io.evalstream.contracts.ModelInput;
import java.util.ArrayList;
import java.util.List;

/**
 * The few-shot and chain-of-thought renderings of a zero-shot question. Few-shot: each exemplar is a user turn
 * with its zero-shot question and an assistant turn with its gold answer, then the question itself, which is how
 * chat models are shown solved examples. Chain of thought: the question's content with the instruction replaced by
 * one asking for reasoning and a final {@code Answer: X} line, which the existing extraction filters read
 * ("Answer: B", "True"/"False" once, last).
 */
public final class TemplatePrompts {
    static final String THINK = "Think step by step, then give your final answer on the last line as \"Answer: ";

    private TemplatePrompts() {
    }

    /** The question after the exemplars' question/answer turns. */
    public static ModelInput fewShot(List<Exemplar> exemplars, String question) {
        List<ChatMessage> messages = new ArrayList<>(exemplars.size() * 2 + 1);
        for (Exemplar exemplar : exemplars) {
            messages.add(new ChatMessage("user", exemplar.question()));
            messages.add(new ChatMessage("assistant", exemplar.answer()));
        }
        messages.add(new ChatMessage("user", question));
        return new ModelInput(null, messages, null);
    }

    /** The options as in the zero-shot prompt, asked to reason and end with "Answer: X". */
    public static String multipleChoice(String question, List<String> labels, List<String> displayedChoices) {
        StringBuilder prompt = new StringBuilder(question.strip()).append("\n\n");
        for (int pos = 0; pos < displayedChoices.size(); pos++) {
            prompt.append(labels.get(pos)).append(". ").append(displayedChoices.get(pos)).append('\n');
        }
        return prompt.append('\n').append(THINK).append("X\", where X is ").append(OptionLabels.enumerate(labels))
                .append('.').toString();
    }

    /** The statement asked to be reasoned about, ending with "Answer: True" or "Answer: False". */
    public static String trueFalse(String statement) {
        return ZeroShotPrompts.TRUE_FALSE_QUESTION + "\n\n" + statement.strip() + "\n\n" + THINK
                + "True\" or \"Answer: False\".";
    }
}
