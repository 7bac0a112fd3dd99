package io.evalstream.item.prompt;

import io.evalstream.contracts.ChatMessage;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Adds the rendered prompt to a request's scoring context (attribute {@value #KEY}), so that scoring-service can
 * store it beside the response and the dashboard's drill-down can show prompt, response and score of one item
 * without calling item-service back. The scoring context travels through inference untouched; the text is capped
 * at {@value #MAX_CHARS} characters so that a long prompt cannot bloat every response event.
 */
public final class PromptAttribute {
    public static final String KEY = "prompt";
    static final int MAX_CHARS = 4000;

    private PromptAttribute() {
    }

    public static ScoringContext attach(ScoringContext scoring, ModelInput input) {
        Map<String, String> attributes = new HashMap<>(scoring.attributes());
        attributes.put(KEY, render(input));
        return new ScoringContext(scoring.kind(), scoring.readMode(), scoring.reference(), scoring.labels(),
                scoring.goldIndex(), scoring.slices(), attributes);
    }

    /** The prompt as a person reads it: the system text, then each chat turn; or the bare completion prompt. */
    static String render(ModelInput input) {
        StringBuilder text = new StringBuilder();
        if (input.system() != null && !input.system().isBlank()) {
            text.append("[system] ").append(input.system()).append("\n\n");
        }
        for (ChatMessage message : input.messages()) {
            if (input.messages().size() > 1 || !"user".equals(message.role())) {
                text.append('[').append(message.role()).append("] ");
            }
            text.append(message.content()).append("\n\n");
        }
        if (input.prompt() != null) {
            text.append(input.prompt());
        }
        String rendered = text.toString().strip();
        return rendered.length() <= MAX_CHARS ? rendered : rendered.substring(0, MAX_CHARS - 1) + "…";
    }
}
