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
                + "judged in both orders%n", games.path("judged").asLong(), games.path("unparsable").asLong(),
                games.path("errors").asLong(), games.path("skipped").asLong(), games.path("pairsJudged").asLong()));
        if (games.path("pairsSkipped").asLong() > 0) {
            StringBuilder by = new StringBuilder();
            for (JsonNode f : games.path("failedAnswers")) {
                by.append(by.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %d failed answers "
                        + "(%d pairs)", f.path("model").asText(), f.path("answers").asLong(),
                        f.path("pairsSkipped").asLong()));
            }
            out.append(String.format(Locale.ROOT, "Unjudged: %d pairs never judged because an answer failed: %s%n",
                    games.path("pairsSkipped").asLong(), by));
        }
        out.append(String.format("%n"));
        for (JsonNode set : report.path("singleRatings")) {
            out.append(String.format(Locale.ROOT, "Single ratings by judge %s (1-10: mean, 95%% t interval, sd, n; "
                    + "unparsable and errors apart)%n", set.path("judge").asText()));
            out.append(String.format(Locale.ROOT, "  %-28s %6s %15s %5s %5s %6s %6s%n", "model", "mean",
                    "95% interval", "sd", "n", "unpars", "errors"));
            for (JsonNode r : set.path("ratings")) {
                out.append(String.format(Locale.ROOT, "  %-28s %6s %15s %5s %5d %6d %6d%n", r.path("model").asText(),
                        r.hasNonNull("mean") ? String.format(Locale.ROOT, "%.2f", r.path("mean").asDouble()) : "-",
                        interval(r.path("low"), r.path("high")), r.hasNonNull("sd")
                                ? String.format(Locale.ROOT, "%.2f", r.path("sd").asDouble()) : "-",
                        r.path("n").asInt(), r.path("unparsable").asLong(), r.path("errors").asLong()));
            }
            out.append('\n');
        }
        boolean single = report.path("singleRatings").size() > 0;
        for (JsonNode set : single ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                : report.path("ratings")) {
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
            baseline(out, set.path("baseline"));
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
        boolean humans = false;
        for (JsonNode a : report.path("audit")) {
            JsonNode h = a.path("human");
            if (h.isMissingNode() || h.isNull()) {
                continue;
            }
            if (!humans) {
                out.append("\nAgreement with human labels (Cohen's kappa, 95% interval, share of equal verdicts, "
                        + "n labels)\n");
                humans = true;
            }
            out.append(String.format(Locale.ROOT, "  %-28s %6s %19s %6s %5d%n", a.path("judge").asText(),
                    h.hasNonNull("kappa") ? String.format(Locale.ROOT, "%.3f", h.path("kappa").asDouble()) : "-",
                    interval(h.path("low"), h.path("high")), h.hasNonNull("agreement")
                            ? String.format(Locale.ROOT, "%.2f", h.path("agreement").asDouble()) : "-",
                    h.path("n").asLong()));
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

    /** Win rate against the baseline (SE, interval, n) and, beside it, the length-controlled win rate (same). */
    private static void baseline(StringBuilder out, JsonNode baseline) {
        if (baseline.isMissingNode() || baseline.isNull()) {
            return;
        }
        out.append(String.format(Locale.ROOT, "  Win rate against %s (%%, ties half)%n", baseline.path("baseline")
                .asText()));
        out.append(String.format(Locale.ROOT, "    %-28s %7s %6s %19s %5s   %7s %6s %19s %5s%n", "model", "win", "SE",
                "95% interval", "n", "LC win", "SE", "95% interval", "n"));
        for (JsonNode row : baseline.path("rows")) {
            out.append(String.format(Locale.ROOT, "    %-28s %7.1f %6.1f %19s %5d   %7s %6s %19s %5d%n",
                    row.path("model").asText(), row.path("winRate").asDouble(), row.path("standardError").asDouble(),
                    interval(row.path("low"), row.path("high")), row.path("n").asInt(),
                    number(row.path("lcWinRate")), number(row.path("lcStandardError")),
                    interval(row.path("lcLow"), row.path("lcHigh")), row.path("lcN").asInt()));
        }
    }

    private static String number(JsonNode v) {
        return v.isMissingNode() || v.isNull() ? "-" : String.format(Locale.ROOT, "%.1f", v.asDouble());
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
