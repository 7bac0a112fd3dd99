package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.ChatMessage;
import io.evalstream.contracts.EvaluationRequested;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code builtin:arena-q<n>} and {@code builtin:arena-q<n>-verbose}: arena contestants of known quality n (1-10).
 * Each answer ends with its signature {@code (answered by builtin:arena-q6, quality 6/10)}, so that the truth is
 * checkable: a built-in judge reads the qualities of the two answers it compares (as a perfect grader would
 * perceive them) and tests know which contestant is truly better. Lengths are seeded per prompt and model and
 * independent of quality (30-110 words), except for the verbose variant (160-260 words), so that a judge's
 * preference for length is separable from its preference for quality.
 */
final class ArenaContestant {
    static final Pattern NAME = Pattern.compile("arena-q(10|[1-9])(-verbose)?");
    static final Pattern SIGNATURE = Pattern.compile("\\(answered by (\\S+), quality (\\d+)/10\\)");
    private static final List<String> WORDS = List.of("the", "system", "keeps", "a", "small", "state", "and",
            "each", "step", "reads", "one", "value", "so", "that", "results", "stay", "correct", "when", "input",
            "grows", "for", "example", "consider", "list", "of", "items", "which", "is", "sorted", "first");

    private ArenaContestant() {
    }

    static boolean handles(String name) {
        return NAME.matcher(name).matches();
    }

    /** The answer text: seeded filler of a seeded length, the prompt's topic, and the signature. */
    static String answer(EvaluationRequested request, String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an arena contestant: " + name);
        }
        int quality = Integer.parseInt(m.group(1));
        boolean verbose = m.group(2) != null;
        SplittableRandom random = BuiltinSeed.random(BuiltinSeed.answerIdentity(request),
                request.generation().seed(), name + "/arena-answer");
        int words = verbose ? 160 + random.nextInt(101) : 30 + random.nextInt(81);
        StringBuilder text = new StringBuilder("Regarding: ").append(firstLine(request)).append('\n');
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.append(".\n(answered by builtin:").append(name).append(", quality ").append(quality)
                .append("/10)").toString();
    }

    private static String firstLine(EvaluationRequested request) {
        String prompt = request.input().prompt();
        if (prompt == null) {
            List<ChatMessage> messages = request.input().messages();
            prompt = messages.isEmpty() ? "" : messages.get(messages.size() - 1).content();
        }
        String line = prompt == null ? "" : prompt.strip().split("\n", 2)[0];
        return line.length() > 80 ? line.substring(0, 80) : line;
    }

    /** The signature of an answer, if it has one: the answering model and its quality. */
    static Optional<Signed> signature(String answer) {
        Matcher m = SIGNATURE.matcher(answer);
        Signed found = null;
        while (m.find()) {
            found = new Signed(m.group(1), Integer.parseInt(m.group(2)));
        }
        return Optional.ofNullable(found);
    }

    /** Who wrote an answer and how good it is. */
    record Signed(String model, int quality) {
    }
}
