package io.evalstream.scoring.arena.verdict;

import io.evalstream.contracts.ModelOutput;
import io.evalstream.scoring.scorer.LabelDistribution;
import io.evalstream.scoring.scorer.LabelProbabilities;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads judges' answers (PROTOCOLS.md, "How an answer is read"). Text verdicts: the {@code [[A]]}, {@code [[B]]} or
 * {@code [[C]]} token; an answer with none of them, or with two different ones, is unparsable (counted apart, never
 * guessed). Label probabilities: P(A) and P(B) of the first token, " A" and "A" merged, renormalised over the two
 * (a tie when they are equal). Single ratings: the last {@code [[n]]} with 1 &lt;= n &lt;= 10.
 */
public final class VerdictReaders {
    static final Pattern VERDICT = Pattern.compile("\\[\\[\\s*([ABC])\\s*\\]\\]");
    static final Pattern RATING = Pattern.compile("\\[\\[\\s*(\\d+(?:\\.\\d+)?)\\s*\\]\\]");
    static final List<String> LABELS = List.of("A", "B");
    /** P(A) this close to 0.5 is read as a tie. */
    static final double TIE_EPSILON = 1e-9;

    private VerdictReaders() {
    }

    public static Optional<Verdict> text(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = VERDICT.matcher(text);
        String found = null;
        while (m.find()) {
            if (found != null && !found.equals(m.group(1))) {
                return Optional.empty();
            }
            found = m.group(1);
        }
        return found == null ? Optional.empty() : Optional.of(Verdict.ofLabel(found));
    }

    public static Optional<Verdict> labelProbabilities(ModelOutput output) {
        Optional<LabelDistribution> read = LabelProbabilities.read(output, LABELS, LabelProbabilities.Match.IGNORE_CASE);
        if (read.isEmpty() || !read.get().anyObserved()) {
            return Optional.empty();
        }
        double pA = read.get().probabilities().get("A");
        Verdict.Slot slot = Math.abs(pA - 0.5) < TIE_EPSILON ? Verdict.Slot.TIE
                : pA > 0.5 ? Verdict.Slot.FIRST : Verdict.Slot.SECOND;
        return Optional.of(new Verdict(slot, pA));
    }

    /** A 1-10 rating, or empty when there is none or it is out of range. */
    public static Optional<Double> rating(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = RATING.matcher(text);
        Double found = null;
        while (m.find()) {
            found = Double.parseDouble(m.group(1));
        }
        return found == null || found < 1 || found > 10 ? Optional.empty() : Optional.of(found);
    }
}
