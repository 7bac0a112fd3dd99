package io.evalstream.stub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic answers: the same prompt always gets the same answer, on any machine, so that tests and load
 * tests can check results and a replay is recognisable. When the last user message lists options ("A. ...",
 * "B) ...") or mentions True and False, the answer is one label chosen by a hash of the prompt, and its
 * alternatives cover every label in both tokenisations ("B" and " B"), as real tokenizers split them;
 * otherwise the answer echoes the start of the message.
 */
final class AnswerEngine {
    private static final Pattern OPTION = Pattern.compile("(?m)^\\s*\\(?([A-Z])[.)]\\s+\\S");
    private static final Pattern TRUE = Pattern.compile("\\bTrue\\b");
    private static final Pattern FALSE = Pattern.compile("\\bFalse\\b");
    private static final int ECHO_WORDS = 8;

    private AnswerEngine() {
    }

    /** The option labels of {@code message}, in order; empty when it offers none. */
    static List<String> labels(String message) {
        List<String> labels = new ArrayList<>();
        Matcher m = OPTION.matcher(message);
        while (m.find()) {
            if (!labels.contains(m.group(1))) {
                labels.add(m.group(1));
            }
        }
        if (labels.size() >= 2) {
            return labels;
        }
        if (TRUE.matcher(message).find() && FALSE.matcher(message).find()) {
            return List.of("True", "False");
        }
        return List.of();
    }

    /**
     * The answer to {@code prompt} (everything the model sees, which fixes the answer) whose options are read
     * from {@code lastUserMessage}; {@code variant} separates the choices of {@code n > 1} sampled answers.
     */
    static StubAnswer answer(String prompt, String lastUserMessage, long variant, Integer maxTokens,
            List<String> stop) {
        long hash = hash(prompt + "\u0000" + variant);
        List<String> labels = labels(lastUserMessage);
        List<StubAnswer.Token> tokens = labels.isEmpty() ? echo(lastUserMessage, hash) : List.of(label(labels, hash));
        return limit(tokens, maxTokens, stop);
    }

    private static StubAnswer.Token label(List<String> labels, long hash) {
        int chosen = (int) Math.floorMod(hash, labels.size());
        double bareShare = 0.55 + 0.3 * (Math.floorMod(hash >>> 16, 100) / 100.0);
        double others = labels.size() == 1 ? 0.0 : 0.25 / (labels.size() - 1);
        List<StubAnswer.Alternative> top = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double mass = i == chosen ? 0.72 : others;
            top.add(new StubAnswer.Alternative(labels.get(i), Math.log(mass * bareShare)));
            top.add(new StubAnswer.Alternative(" " + labels.get(i), Math.log(mass * (1 - bareShare))));
        }
        top.add(new StubAnswer.Alternative("The", Math.log(0.01)));
        top.sort(Comparator.comparingDouble(StubAnswer.Alternative::logprob).reversed());
        String answer = labels.get(chosen);
        return new StubAnswer.Token(answer, Math.log(0.72 * bareShare), top);
    }

    private static List<StubAnswer.Token> echo(String message, long hash) {
        String[] words = message.trim().split("\\s+");
        List<StubAnswer.Token> tokens = new ArrayList<>();
        tokens.add(token("Echo:", hash));
        for (int i = 0; i < Math.min(ECHO_WORDS, words.length); i++) {
            if (!words[i].isEmpty()) {
                tokens.add(token(" " + words[i], hash + i + 1));
            }
        }
        return tokens;
    }

    /** A token of echoed or prompt text: likely, with one generic alternative. */
    static StubAnswer.Token token(String text, long hash) {
        double logprob = -0.05 - Math.floorMod(hash, 50) / 100.0;
        return new StubAnswer.Token(text, logprob,
                List.of(new StubAnswer.Alternative(text, logprob), new StubAnswer.Alternative(" the", -3.0)));
    }

    private static StubAnswer limit(List<StubAnswer.Token> tokens, Integer maxTokens, List<String> stop) {
        List<StubAnswer.Token> kept = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (StubAnswer.Token token : tokens) {
            if (maxTokens != null && kept.size() >= maxTokens) {
                return new StubAnswer(kept, "length", null);
            }
            String next = text + token.text();
            for (String s : stop) {
                if (!s.isEmpty() && next.contains(s)) {
                    return new StubAnswer(kept, "stop_sequence", s);
                }
            }
            kept.add(token);
            text.append(token.text());
        }
        return new StubAnswer(kept, "end", null);
    }

    /** Whitespace tokens of {@code text}, at least 1: the stub's idea of a token count. */
    static int countTokens(String text) {
        String trimmed = text == null ? "" : text.trim();
        return trimmed.isEmpty() ? 1 : trimmed.split("\\s+").length;
    }

    static long hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
