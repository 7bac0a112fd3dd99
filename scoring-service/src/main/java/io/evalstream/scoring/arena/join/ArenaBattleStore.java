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
 * Stores judged games, one row per judge request id ({@code ON CONFLICT DO NOTHING}: a redelivered verdict is a
 * no-op, invariant 2). Everything the ratings and the audit need is in the row: who was shown first and second, the
 * verdict and P(first), the answers' lengths, and the judge's cost.
 */
@ApplicationScoped
public class ArenaBattleStore {
    private final AgroalDataSource dataSource;

    public ArenaBattleStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public void insert(Collection<ScoredResponse> verdicts) {
        if (verdicts.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO scoring.arena_battle (request_id, run_id, item_id, judge_id, model_first, model_second, "
                        + "status, verdict, p_first, words_first, words_second, cost_usd, input_tokens, output_tokens, "
                        + "explanation) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (request_id) DO NOTHING")) {
            for (ScoredResponse v : verdicts) {
                ResponseReceived r = v.response();
                Score score = v.score();
                Map<String, String> at = r.scoring().attributes();
                String status = score.value() == ScoreValue.ERROR ? "ERROR"
                        : score.value() == ScoreValue.UNSCORED ? "UNPARSABLE" : "JUDGED";
                s.setString(1, r.requestId());
                s.setString(2, r.runId());
                s.setString(3, r.itemId());
                s.setString(4, r.modelId());
                s.setString(5, at.getOrDefault("first", "?"));
                s.setString(6, at.getOrDefault("second", "?"));
                s.setString(7, status);
                s.setString(8, "JUDGED".equals(status) ? score.answer() : null);
                if ("JUDGED".equals(status) && score.score() != null) {
                    s.setDouble(9, score.score());
                } else {
                    s.setNull(9, Types.DOUBLE);
                }
                s.setInt(10, parse(at.get("firstWords")));
                s.setInt(11, parse(at.get("secondWords")));
                s.setDouble(12, r.costUsd() == null ? 0 : r.costUsd());
                s.setLong(13, r.usage() == null ? 0 : r.usage().inputTokens());
                s.setLong(14, r.usage() == null ? 0 : r.usage().outputTokens());
                s.setString(15, score.explanation() == null ? null : score.explanation().replace("\u0000", ""));
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("storing " + verdicts.size() + " arena verdicts failed: " + e.getMessage(), e);
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
