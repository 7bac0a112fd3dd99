package io.evalstream.contracts;

import java.util.List;

/** Chat input ({@code system} + {@code messages}) or, for completion mode, a bare {@code prompt}. */
public record ModelInput(String system, List<ChatMessage> messages, String prompt) {
    public ModelInput {
        messages = messages == null ? List.of() : List.copyOf(messages);
        if (messages.isEmpty() && prompt == null) {
            throw new IllegalArgumentException("input needs messages or a prompt");
        }
    }

    public static ModelInput chat(String system, String user) {
        return new ModelInput(system, List.of(new ChatMessage("user", user)), null);
    }
}
