package io.evalstream.item.kind;

import java.util.List;

/**
 * One question template of a dilemma (MoralChoice's {@code ab}, {@code compare}, {@code repeat}): the system
 * header, the question with three positional {@code {}} placeholders (context, first-shown action, second-shown
 * action) and the answer patterns that mean "the first-shown action" ({@code answersA}) or "the second-shown
 * action" ({@code answersB}), written with {@code {optionA}}, {@code {optionA_short}}, {@code {optionB}} and
 * {@code {optionB_short}} as MoralChoice's response templates are.
 */
public record DilemmaForm(String name, String system, String question, List<String> answersA,
        List<String> answersB) {
    public DilemmaForm {
        answersA = List.copyOf(answersA);
        answersB = List.copyOf(answersB);
    }

    /** The question with its {@code {}} placeholders filled in order, as Python's {@code str.format} does. */
    public String render(String context, String first, String second) {
        String[] values = {context, first, second};
        StringBuilder out = new StringBuilder(question.length() + context.length() + first.length()
                + second.length());
        int next = 0;
        int from = 0;
        int at;
        while ((at = question.indexOf("{}", from)) >= 0) {
            out.append(question, from, at).append(values[next++]);
            from = at + 2;
        }
        return out.append(question.substring(from)).toString();
    }

    /** The number of {@code {}} placeholders in {@code question}. */
    static int placeholders(String question) {
        int count = 0;
        int from = 0;
        int at;
        while ((at = question.indexOf("{}", from)) >= 0) {
            count++;
            from = at + 2;
        }
        return count;
    }
}
