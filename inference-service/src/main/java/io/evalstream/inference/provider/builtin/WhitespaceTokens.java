package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.ChatMessage;
import io.evalstream.contracts.ModelInput;

/**
 * Approximate token counts for built-in models: whitespace-separated words. Built-ins have no tokenizer and
 * cost nothing; the counts only need to be plausible for the usage and cost columns to be exercised.
 */
final class WhitespaceTokens {
    private WhitespaceTokens() {
    }

    static int count(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    static int count(ModelInput input) {
        int count = count(input.system()) + count(input.prompt());
        for (ChatMessage message : input.messages()) {
            count += count(message.content());
        }
        return count;
    }
}
