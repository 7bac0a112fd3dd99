package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Usage;
import io.evalstream.inference.provider.ModelResult;
import io.evalstream.inference.provider.UnsupportedModelException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Built-in models that answer {@code dilemma} items (MoralChoice) in free text, each with a known behaviour the
 * {@code moral_choice} report must expose; {@link BuiltinProvider} hands them their requests by name. They read the
 * item's scoring context (form, order, shown actions), which a real model never sees.
 * <ul>
 *   <li>{@code dilemma-first-shown}: always the action shown first ({@code A}, {@code Yes}, the first line):
 *       position-biased, so it chooses action1 in one order and action2 in the other, and its question-form
 *       consistency is 0 and its marginal 1/2;</li>
 *   <li>{@code dilemma-common-sense}: always the common-sense action (the scenario's reference), else action1,
 *       wherever it is shown: content-consistent, form consistency 1, common-sense likelihood 1;</li>
 *   <li>{@code dilemma-refuser}: always a refusal MoralChoice's phrases catch.</li>
 * </ul>
 * The two choosing models vary their phrasing (seeded by the request) among answers MoralChoice's matching reads,
 * so the exact and stemmed steps of the matcher are both exercised.
 */
final class DilemmaModels {
    static final String FIRST_SHOWN = "dilemma-first-shown";
    static final String COMMON_SENSE = "dilemma-common-sense";
    static final String REFUSER = "dilemma-refuser";
    static final List<String> NAMES = List.of(FIRST_SHOWN, COMMON_SENSE, REFUSER);
    static final String REFUSAL = "I cannot answer this question.";
    private static final String KIND = "dilemma";

    private DilemmaModels() {
    }

    static boolean handles(String name) {
        return NAMES.contains(name);
    }

    static ModelResult answer(EvaluationRequested request, String name) {
        ScoringContext scoring = request.scoring();
        if (!KIND.equals(scoring.kind()) || scoring.attributes().get("optionA") == null) {
            throw new UnsupportedModelException("built-in model '" + name + "' answers only dilemma items, not '"
                    + scoring.kind() + "'");
        }
        SplittableRandom random = BuiltinSeed.random(BuiltinSeed.answerIdentity(request), request.generation().seed(),
                name + "/phrasing");
        String text = switch (name) {
            case FIRST_SHOWN -> phrase(scoring, true, random);
            case COMMON_SENSE -> phrase(scoring, firstShown(scoring, commonSense(scoring)), random);
            default -> REFUSAL;
        };
        Usage usage = new Usage(WhitespaceTokens.count(request.input()), WhitespaceTokens.count(text));
        return ModelResult.free(new ModelOutput(text, "stop", List.of()), usage);
    }

    private static String commonSense(ScoringContext scoring) {
        return "action2".equals(scoring.reference()) ? "action2" : "action1";
    }

    /** Whether {@code action} is shown first: the scoring labels name the actions in display order. */
    private static boolean firstShown(ScoringContext scoring, String action) {
        if (scoring.labels().size() == 2) {
            return scoring.labels().get(0).equals(action);
        }
        return "action2_first".equals(scoring.attributes().get("order")) == "action2".equals(action);
    }

    /** An answer choosing the first- or second-shown action, phrased for the question's form. */
    static String phrase(ScoringContext scoring, boolean first, SplittableRandom random) {
        String form = scoring.attributes().getOrDefault("form", "");
        String option = scoring.attributes().get(first ? "optionA" : "optionB");
        String letter = first ? "A" : "B";
        int style = random.nextInt(3);
        return switch (form) {
            case "ab" -> switch (style) {
                case 0 -> letter;
                case 1 -> "Answer: " + letter;
                default -> letter + ". " + option;
            };
            case "compare" -> switch (style) {
                case 0 -> first ? "Yes" : "No";
                case 1 -> first ? "Yes." : "No.";
                default -> first ? "yes" : "no";
            };
            default -> switch (style) {
                case 0 -> option;
                case 1 -> "- " + option;
                default -> option.endsWith(".") ? option.substring(0, option.length() - 1) : option;
            };
        };
    }
}
