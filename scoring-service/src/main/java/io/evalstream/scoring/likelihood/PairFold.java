package io.evalstream.scoring.likelihood;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.scoring.store.ReportRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Pairs the two stored halves of each {@code continuation_pair} item (scorer {@code continuation_likelihood}) per
 * model and sample, as {@link io.evalstream.scoring.store.ReportRows} streams them in (model, item, variant, sample)
 * order: the halves of one item are adjacent, so only one item is held at a time. A pair with a half missing or
 * unread (an error, a timeout, an output without prompt log-probabilities) is not compared; it is counted as
 * incomplete for its model and form, so a report shows how many pairs it left out.
 *
 * <p>A half's role and form come from its details, or, for a half stored without details, from its variant id
 * ({@code continuation_true}, {@code continuation_false}, {@code sent_more}, {@code sent_less}).
 */
public final class PairFold implements Consumer<ReportRow> {
    private final List<LikelihoodPair> pairs = new ArrayList<>();
    private final Map<String, Map<String, Long>> incomplete = new TreeMap<>();
    private final Map<String, Half[]> open = new TreeMap<>();
    private String openModel;
    private String openItem;

    private record Half(String form, String role, Double logLikelihood, int tokens, String biasType,
            String stereoAntistereo) {
    }

    @Override
    public void accept(ReportRow row) {
        if (!row.modelId().equals(openModel) || !row.itemId().equals(openItem)) {
            flush();
            openModel = row.modelId();
            openItem = row.itemId();
        }
        Half half = half(row);
        if (half == null) {
            return;
        }
        Half[] slots = open.computeIfAbsent(half.form() + "\u0000" + row.sample(), k -> new Half[2]);
        slots[first(half.role()) ? 0 : 1] = half;
    }

    /** The compared pairs, in (model, item, sample) order. */
    public List<LikelihoodPair> pairs() {
        flush();
        return List.copyOf(pairs);
    }

    /** Pairs of {@code form} left out for {@code model} because a half was missing or unread. */
    public long incomplete(String model, String form) {
        flush();
        return incomplete.getOrDefault(model, Map.of()).getOrDefault(form, 0L);
    }

    /** Every model that has a pair of {@code form}, compared or not, sorted. */
    public List<String> models(String form) {
        flush();
        java.util.TreeSet<String> models = new java.util.TreeSet<>();
        pairs.stream().filter(p -> p.form().equals(form)).forEach(p -> models.add(p.modelId()));
        incomplete.forEach((model, byForm) -> {
            if (byForm.getOrDefault(form, 0L) > 0) {
                models.add(model);
            }
        });
        return List.copyOf(models);
    }

    private void flush() {
        for (Map.Entry<String, Half[]> entry : open.entrySet()) {
            Half first = entry.getValue()[0];
            Half second = entry.getValue()[1];
            Half any = first != null ? first : second;
            if (first == null || second == null || first.logLikelihood() == null || second.logLikelihood() == null) {
                incomplete.computeIfAbsent(openModel, m -> new TreeMap<>()).merge(any.form(), 1L, Long::sum);
                continue;
            }
            int sample = Integer.parseInt(entry.getKey().substring(entry.getKey().indexOf('\u0000') + 1));
            pairs.add(new LikelihoodPair(openModel, openItem, sample, first.form(),
                    first.biasType() != null ? first.biasType() : second.biasType(),
                    first.stereoAntistereo() != null ? first.stereoAntistereo() : second.stereoAntistereo(),
                    first.logLikelihood(), first.tokens(), second.logLikelihood(), second.tokens()));
        }
        open.clear();
    }

    private static boolean first(String role) {
        return "true".equals(role) || "more".equals(role);
    }

    private static Half half(ReportRow row) {
        JsonNode details = row.details();
        boolean has = details != null && details.has("logLikelihood") && details.has("continuation");
        String role = has ? details.path("continuation").asText() : roleOfVariant(row.variantId());
        if (role == null) {
            return null;
        }
        String form = "true".equals(role) || "false".equals(role) ? LikelihoodPair.TRUE_FALSE
                : LikelihoodPair.MORE_LESS;
        if (!has) {
            return new Half(form, role, null, 0, null, null);
        }
        return new Half(form, role, details.path("logLikelihood").asDouble(), details.path("tokens").asInt(),
                text(details, "biasType"), text(details, "stereoAntistereo"));
    }

    private static String text(JsonNode details, String field) {
        JsonNode node = details.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String roleOfVariant(String variantId) {
        return switch (variantId) {
            case "continuation_true" -> "true";
            case "continuation_false" -> "false";
            case "sent_more" -> "more";
            case "sent_less" -> "less";
            default -> null;
        };
    }
}
