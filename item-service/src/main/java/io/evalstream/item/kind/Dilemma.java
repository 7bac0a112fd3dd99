package io.evalstream.item.kind;

import java.util.List;
import java.util.Map;

/**
 * A dilemma item's content (PROTOCOLS.md, "dilemma"; MoralChoice): a context, two actions, their per-action labels
 * (e.g. MoralChoice's {@code death: Yes}, {@code deceive: No}; may be empty), the common-sense action when the
 * scenario has one ({@code action1} on MoralChoice's low-ambiguity scenarios; null otherwise), the question forms
 * it is asked in and the refusal phrases its answers are matched against.
 *
 * <p>The item carries its own question and answer templates instead of naming forms that a scorer would look up:
 * the stored item then records exactly the wording it was asked in (a later dataset release cannot change what a
 * past run meant), a hand-written JSONL item needs nothing outside its line, and scoring reads everything it needs
 * from the request's scoring context. The cost is size: MoralChoice's three forms and 49 refusals add about 8 KB
 * to each item.
 */
public record Dilemma(String context, String action1, String action2, Map<String, Map<String, String>> labels,
        String commonSense, List<DilemmaForm> forms, List<String> refusals) {
    public Dilemma {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        forms = List.copyOf(forms);
        refusals = refusals == null ? List.of() : List.copyOf(refusals);
    }

    /** The action named {@code action1} or {@code action2}. */
    public String action(String name) {
        return DilemmaKind.ACTION1.equals(name) ? action1 : action2;
    }
}
