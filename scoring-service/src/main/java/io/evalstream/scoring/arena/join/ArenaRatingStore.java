package io.evalstream.scoring.arena.join;

import io.agroal.api.AgroalDataSource;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ScoreValue;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.ScoredResponse;
import io.evalstream.scoring.store.StoreException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.Map;

/**
 * Stores single-answer ratings of single-rating arenas, one row per judge request id ({@code ON CONFLICT DO
 * NOTHING}: a redelivered verdict is a no-op): the judge, the rated contestant, the rating (or why there is none), the
 * answer's length and the judge's cost.
 */
@ApplicationScoped
public class ArenaRatingStore {
    private final AgroalDataSource dataSource;

    public ArenaRatingStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public void insert(Collection<ScoredResponse> ratings) {
        if (ratings.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO scoring.arena_rating (request_id, run_id, item_id, judge_id, model_id, status, rating, "
                        + "words, cost_usd, input_tokens, output_tokens) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                        + "ON CONFLICT (request_id) DO NOTHING")) {
            for (ScoredResponse v : ratings) {
                ResponseReceived r = v.response();
                Score score = v.score();
                Map<String, String> at = r.scoring().attributes();
                String status = score.value() == ScoreValue.ERROR ? "ERROR"
                        : score.value() == ScoreValue.UNSCORED || score.score() == null ? "UNPARSABLE" : "RATED";
                s.setString(1, r.requestId());
                s.setString(2, r.runId());
                s.setString(3, r.itemId());
                s.setString(4, r.modelId());
                s.setString(5, at.getOrDefault("model", "?"));
                s.setString(6, status);
                if ("RATED".equals(status)) {
                    s.setDouble(7, score.score());
                } else {
                    s.setNull(7, Types.DOUBLE);
                }
                s.setInt(8, parse(at.get("words")));
                s.setDouble(9, r.costUsd() == null ? 0 : r.costUsd());
                s.setLong(10, r.usage() == null ? 0 : r.usage().inputTokens());
                s.setLong(11, r.usage() == null ? 0 : r.usage().outputTokens());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("storing " + ratings.size() + " arena ratings failed: " + e.getMessage(), e);
        }
    }

    private static int parse(String number) {
        try {
            return number == null ? 0 : Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
