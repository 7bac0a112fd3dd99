package io.evalstream.scoring.rating;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Head-to-head win rates (issue 6, "win-rate matrix"; the Arena's pairwise win-fraction table): for every ordered
 * pair (i, j) that met, (wins of i over j + 0.5 ties) / games between them, whatever slot each had. Both-bad
 * verdicts count as ties unless skipped. Pairs that never met have no rate (null), not 0.5.
 */
public final class WinRateMatrix {
    private final List<String> models;
    private final double[][] score;
    private final int[][] games;

    private WinRateMatrix(List<String> models, double[][] score, int[][] games) {
        this.models = models;
        this.score = score;
        this.games = games;
    }

    public static WinRateMatrix of(List<Battle> battles) {
        return of(battles, Battle.BothBad.TIE);
    }

    public static WinRateMatrix of(List<Battle> battles, Battle.BothBad bothBad) {
        TreeSet<String> names = new TreeSet<>();
        for (Battle b : battles) {
            names.add(b.modelA());
            names.add(b.modelB());
        }
        List<String> models = Collections.unmodifiableList(new ArrayList<>(names));
        int m = models.size();
        double[][] score = new double[m][m];
        int[][] games = new int[m][m];
        for (Battle b : battles) {
            if (!b.counts(bothBad)) {
                continue;
            }
            int a = models.indexOf(b.modelA());
            int c = models.indexOf(b.modelB());
            double s = b.outcome().scoreOfA();
            score[a][c] += s;
            score[c][a] += 1 - s;
            games[a][c]++;
            games[c][a]++;
        }
        return new WinRateMatrix(models, score, games);
    }

    /** Models in name order. */
    public List<String> models() {
        return models;
    }

    /** Win rate of {@code a} against {@code b}, null if they never met (or a model is unknown). */
    public Double rate(String a, String b) {
        int i = models.indexOf(a);
        int j = models.indexOf(b);
        if (i < 0 || j < 0 || games[i][j] == 0) {
            return null;
        }
        return score[i][j] / games[i][j];
    }

    /** Games between {@code a} and {@code b}. */
    public int games(String a, String b) {
        int i = models.indexOf(a);
        int j = models.indexOf(b);
        return i < 0 || j < 0 ? 0 : games[i][j];
    }
}
