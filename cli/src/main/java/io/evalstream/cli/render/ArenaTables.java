package io.evalstream.cli.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Renders an arena report (scoring-service's JSON, never recomputed here): per rating set, Bradley-Terry ratings
 * with their 95% bootstrap intervals, rank and n, next to the Elo mean and spread over random orders; then the judge
 * audit (position consistency and first-slot bias with intervals, length bias, self-preference, unparsable verdicts,
 * cost) and the agreement between judges.
 */
public final class ArenaTables {
    private ArenaTables() {
    }

    public static String render(JsonNode report) {
        StringBuilder out = new StringBuilder();
        JsonNode games = report.path("games");
        out.append(String.format(Locale.ROOT, "Games: %d judged, %d unparsable, %d errors, %d not sent; %d pairs "
                + "judged in both orders%n%n", games.path("judged").asLong(), games.path("unparsable").asLong(),
                games.path("errors").asLong(), games.path("skipped").asLong(), games.path("pairsJudged").asLong()));
        for (JsonNode set : report.path("ratings")) {
            out.append(String.format(Locale.ROOT, "Ratings by judge %s (%d order-averaged battles%s)%n",
                    set.path("judge").asText(), set.path("battles").asInt(),
                    set.hasNonNull("anchor") ? ", anchor " + set.path("anchor").asText() + " = 1000" : ""));
            if (set.hasNonNull("note")) {
                out.append("  ").append(set.path("note").asText()).append("\n\n");
                continue;
            }
            out.append(String.format(Locale.ROOT, "  %-4s %-28s %8s %19s %6s %9s %7s%n", "rank", "model", "BT",
                    "95% interval", "n", "Elo mean", "Elo sd"));
            for (JsonNode bt : set.path("bradleyTerry")) {
                JsonNode elo = find(set.path("elo"), bt.path("model").asText());
                out.append(String.format(Locale.ROOT, "  %-4d %-28s %8.1f %19s %6d %9.1f %7.1f%n",
                        bt.path("rank").asInt(), bt.path("model").asText(), bt.path("rating").asDouble(),
                        interval(bt.path("low"), bt.path("high")), bt.path("n").asInt(),
                        elo.path("mean").asDouble(), elo.path("sd").asDouble()));
            }
            JsonNode t = set.path("transitivity");
            out.append(String.format(Locale.ROOT, "  transitive: %s (%d of %d pairs agree with the ratings)%n",
                    t.path("transitive").asBoolean() ? "yes" : "no", t.path("pairsAgreeing").asInt(),
                    t.path("pairsCompared").asInt()));
            JsonNode pairs = set.path("pairs");
            if (pairs.hasNonNull("spearman")) {
                out.append(String.format(Locale.ROOT, "  PairS vs reference: Spearman %.3f, Kendall %.3f (%d models, "
                        + "%d prompts)%n", pairs.path("spearman").asDouble(), pairs.path("kendall").asDouble(),
                        pairs.path("nReferenced").asInt(), pairs.path("prompts").asInt()));
            }
            out.append('\n');
        }
        out.append("Judge audit (95% intervals)\n");
        out.append(String.format(Locale.ROOT, "  %-28s %6s %22s %22s %22s %18s %6s %9s%n", "judge", "games",
                "position consistency", "first-slot bias", "length bias (r)", "self-preference", "unpars",
                "cost USD"));
        for (JsonNode a : report.path("audit")) {
            JsonNode self = a.path("selfPreference");
            String selfText = self.isMissingNode() || self.isNull() || !self.hasNonNull("delta") ? "-"
                    : String.format(Locale.ROOT, "%+.2f %s", self.path("delta").asDouble(),
                            interval(self.path("low"), self.path("high")));
            out.append(String.format(Locale.ROOT, "  %-28s %6d %22s %22s %22s %18s %6d %9.4f%n",
                    a.path("judge").asText(), a.path("games").asLong(), proportion(a.path("consistency")),
                    proportion(a.path("firstBias")), correlation(a.path("lengthBias")), selfText,
                    a.path("unparsable").asLong(), a.path("costUsd").asDouble()));
        }
        if (report.path("agreement").size() > 0) {
            out.append("\nAgreement between judges (Cohen's kappa, 95% interval, share of equal verdicts, n pairs)\n");
            for (JsonNode k : report.path("agreement")) {
                out.append(String.format(Locale.ROOT, "  %-28s %-28s %6s %19s %6s %5d%n", k.path("judgeA").asText(),
                        k.path("judgeB").asText(), k.hasNonNull("kappa") ? String.format(Locale.ROOT, "%.3f",
                                k.path("kappa").asDouble()) : "-", interval(k.path("low"), k.path("high")),
                        k.hasNonNull("agreement") ? String.format(Locale.ROOT, "%.2f", k.path("agreement").asDouble())
                                : "-", k.path("n").asLong()));
            }
        }
        return out.toString();
    }

    private static JsonNode find(JsonNode list, String model) {
        for (JsonNode n : list) {
            if (model.equals(n.path("model").asText())) {
                return n;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String interval(JsonNode low, JsonNode high) {
        if (low.isMissingNode() || low.isNull() || high.isMissingNode() || high.isNull()) {
            return "-";
        }
        double l = low.asDouble();
        double h = high.asDouble();
        return Math.abs(l) < 10 && Math.abs(h) < 10 ? String.format(Locale.ROOT, "[%.2f, %.2f]", l, h)
                : String.format(Locale.ROOT, "[%.1f, %.1f]", l, h);
    }

    private static String proportion(JsonNode p) {
        if (!p.hasNonNull("estimate")) {
            return "- (n=0)";
        }
        return String.format(Locale.ROOT, "%.2f %s n=%d", p.path("estimate").asDouble(),
                interval(p.path("low"), p.path("high")), p.path("n").asLong());
    }

    private static String correlation(JsonNode c) {
        if (!c.hasNonNull("estimate")) {
            return "- (n=" + c.path("n").asLong() + ")";
        }
        return String.format(Locale.ROOT, "%+.2f %s", c.path("estimate").asDouble(),
                interval(c.path("low"), c.path("high")));
    }
}
