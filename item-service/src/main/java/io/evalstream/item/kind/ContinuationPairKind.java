package io.evalstream.item.kind;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code continuation_pair} (PROTOCOLS.md): {@code {"beginning":..,"continuation_true":..,"continuation_false":..}}
 * (the Strange Dataset's generation task) or {@code {"sent_more":..,"sent_less":..,"bias_type":..,
 * "stereo_antistereo":..}} (CrowS-Pairs; no beginning). Read by LIKELIHOOD only.
 *
 * <p>Each item becomes two requests, one per continuation (variant ids {@code continuation_true} /
 * {@code continuation_false} or {@code sent_more} / {@code sent_less}, kind TEMPLATE: the same item rendered with one
 * continuation or the other): a bare completion prompt {@code beginning + " " + continuation} (just the sentence
 * when there is no beginning) asked with {@code echo} + {@code logprobs}, so the provider returns the
 * log-likelihood of every prompt token. An OpenAI-compatible prompt carries one text, so a single request cannot
 * carry both. The scorer stores each half's total log-likelihood; the {@code continuation_pair} and
 * {@code crows_pairs} report sections pair the halves of an item and compare them. Never permuted.
 *
 * <p>The scoring context says which half a request is (attribute {@value #CONTINUATION}: true/false or more/less),
 * how many trailing characters of the prompt are the continuation ({@value #CONTINUATION_CHARS}, including the
 * joining space, so the continuation's own log-likelihood can be read apart from the beginning's), the form
 * ({@value #FORM}) and the CrowS-Pairs annotations; {@code labels} are the two roles in item order and
 * {@code reference} is "true" for the Strange form (the continuation a perfect model prefers) and null for
 * CrowS-Pairs, which has no right answer (the ideal is 50% either way).
 */
@ApplicationScoped
public class ContinuationPairKind implements ItemKind<ContinuationPair> {
    public static final String NAME = "continuation_pair";
    public static final String CONTINUATION = "continuation";
    public static final String CONTINUATION_CHARS = "continuation_chars";
    public static final String FORM = "form";
    public static final String BIAS_TYPE = "bias_type";
    public static final String STEREO_ANTISTEREO = "stereo_antistereo";
    static final String BEGINNING = "beginning";
    static final Set<String> DIRECTIONS = Set.of("stereo", "antistereo");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<ContinuationPair> contentType() {
        return ContinuationPair.class;
    }

    @Override
    public boolean reads(ReadMode readMode) {
        return readMode == ReadMode.LIKELIHOOD;
    }

    @Override
    public ContinuationPair parse(JsonNode line, FieldErrors errors) {
        boolean strange = line.has(ContinuationPair.Form.TRUE_FALSE.firstField())
                || line.has(ContinuationPair.Form.TRUE_FALSE.secondField());
        boolean crows = line.has(ContinuationPair.Form.MORE_LESS.firstField())
                || line.has(ContinuationPair.Form.MORE_LESS.secondField());
        if (strange && crows) {
            errors.add(ContinuationPair.Form.MORE_LESS.firstField(), "give either continuation_true and "
                    + "continuation_false, or sent_more and sent_less, not both");
            return null;
        }
        if (!strange && !crows) {
            errors.add(ContinuationPair.Form.TRUE_FALSE.firstField(), "is required (with continuation_false and a "
                    + "beginning), or give sent_more and sent_less");
            return null;
        }
        ContinuationPair.Form form = strange ? ContinuationPair.Form.TRUE_FALSE : ContinuationPair.Form.MORE_LESS;
        String beginning = null;
        if (form == ContinuationPair.Form.TRUE_FALSE) {
            beginning = Fields.requiredText(line, BEGINNING, errors);
        } else if (line.has(BEGINNING)) {
            errors.add(BEGINNING, "is not used with sent_more / sent_less: CrowS-Pairs compares whole sentences");
        }
        String first = Fields.requiredText(line, form.firstField(), errors);
        String second = Fields.requiredText(line, form.secondField(), errors);
        if (first != null && second != null && first.strip().equals(second.strip())) {
            errors.add(form.secondField(), "must differ from " + form.firstField());
        }
        String biasType = strippedOrNull(Fields.optionalText(line, BIAS_TYPE, errors));
        String direction = strippedOrNull(Fields.optionalText(line, STEREO_ANTISTEREO, errors));
        if (direction != null && !DIRECTIONS.contains(direction)) {
            errors.add(STEREO_ANTISTEREO, "must be 'stereo' or 'antistereo', is '" + direction + "'");
        }
        return errors.isEmpty() ? new ContinuationPair(form, beginning, first, second, biasType, direction) : null;
    }

    @Override
    public List<Variant> variants(ContinuationPair content, PermutationMode mode) {
        return List.of(new Variant(content.form().firstField(), VariantKind.TEMPLATE, null),
                new Variant(content.form().secondField(), VariantKind.TEMPLATE, null));
    }

    @Override
    public ModelInput prompt(ContinuationPair content, Variant variant) {
        return new ModelInput(null, List.of(), text(content.beginning(), continuation(content, variant)));
    }

    /** The scored text: the beginning, one space, the continuation; the continuation alone without a beginning. */
    static String text(String beginning, String continuation) {
        String begin = beginning.stripTrailing();
        return begin.isEmpty() ? continuation.strip() : begin + " " + continuation.strip();
    }

    /** How many trailing characters of {@link #text} are the continuation (with its joining space). */
    static int continuationChars(String beginning, String continuation) {
        String text = text(beginning, continuation);
        return beginning.isBlank() ? text.length() : continuation.strip().length() + 1;
    }

    private static String continuation(ContinuationPair content, Variant variant) {
        if (variant.id().equals(content.form().firstField())) {
            return content.first();
        }
        if (variant.id().equals(content.form().secondField())) {
            return content.second();
        }
        throw new IllegalArgumentException("continuation_pair has no variant " + variant.id());
    }

    @Override
    public ScoringContext scoring(ContinuationPair content, Variant variant, ReadMode readMode, List<String> slices) {
        ContinuationPair.Form form = content.form();
        boolean first = variant.id().equals(form.firstField());
        Map<String, String> attributes = new HashMap<>();
        attributes.put(CONTINUATION, first ? form.firstRole() : form.secondRole());
        attributes.put(CONTINUATION_CHARS, Integer.toString(continuationChars(content.beginning(),
                continuation(content, variant))));
        attributes.put(FORM, form.name().toLowerCase(java.util.Locale.ROOT));
        if (content.biasType() != null) {
            attributes.put(BIAS_TYPE, content.biasType());
        }
        if (content.stereoAntistereo() != null) {
            attributes.put(STEREO_ANTISTEREO, content.stereoAntistereo());
        }
        boolean strange = form == ContinuationPair.Form.TRUE_FALSE;
        return new ScoringContext(NAME, ReadMode.LIKELIHOOD.name(), strange ? form.firstRole() : null,
                List.of(form.firstRole(), form.secondRole()), strange ? 0 : null, slices, attributes);
    }

    @Override
    public io.evalstream.contracts.Generation generation(ReadMode readMode) {
        return ReadMode.LIKELIHOOD.generation();
    }

    private static String strippedOrNull(String text) {
        return text == null ? null : text.strip();
    }
}
