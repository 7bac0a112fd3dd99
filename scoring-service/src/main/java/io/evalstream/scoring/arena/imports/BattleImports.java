package io.evalstream.scoring.arena.imports;

import io.agroal.api.AgroalDataSource;
import io.evalstream.scoring.arena.ArenaConfig;
import io.evalstream.scoring.arena.report.ArenaReport;
import io.evalstream.scoring.arena.report.ArenaReportBuilder;
import io.evalstream.scoring.arena.report.JudgedPair;
import io.evalstream.scoring.rating.Battle;
import io.evalstream.scoring.store.StoreException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imported battle logs: stored whole under a name (an import replaces the previous one of that name, in one
 * transaction), and rated through the same code as arena runs ({@link ArenaReportBuilder#fromImported}).
 */
@ApplicationScoped
public class BattleImports {
    private final AgroalDataSource dataSource;
    private final ArenaConfig config;

    public BattleImports(AgroalDataSource dataSource, ArenaConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Transactional
    public void replace(String name, List<BattleLogParser.Line> battles) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM scoring.arena_import WHERE name = ?")) {
                d.setString(1, name);
                d.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO scoring.arena_import (name, line, model_a, "
                    + "model_b, winner, judge, question, battle_time) VALUES (?,?,?,?,?,?,?,?)")) {
                for (BattleLogParser.Line b : battles) {
                    s.setString(1, name);
                    s.setInt(2, b.line());
                    s.setString(3, b.modelA());
                    s.setString(4, b.modelB());
                    s.setString(5, b.outcome().name());
                    s.setString(6, b.judge());
                    s.setString(7, b.question());
                    if (b.time() == null) {
                        s.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        s.setTimestamp(8, Timestamp.from(b.time()));
                    }
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new StoreException("storing battle log " + name + " failed: " + e.getMessage(), e);
        }
    }

    public Optional<ArenaReport> report(String name, String anchor, String baseline) {
        List<JudgedPair> battles = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT model_a, model_b, winner, judge, question, battle_time FROM scoring.arena_import "
                        + "WHERE name = ? ORDER BY line")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Battle.Outcome o = Battle.Outcome.valueOf(r.getString(3));
                    Timestamp t = r.getTimestamp(6);
                    battles.add(new JudgedPair(r.getString(5), r.getString(4), r.getString(1), r.getString(2), o,
                            o.scoreOfA(), 0, 0, t == null ? null : t.toInstant(), null));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading battle log " + name + " failed: " + e.getMessage(), e);
        }
        if (battles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ArenaReportBuilder.fromImported("import:" + name, battles,
                new ArenaReportBuilder.Settings(config.bootstrapRounds(), config.eloOrderings(), config.eloK(),
                        config.seed(), anchor, baseline, Map.of(), Map.of())));
    }
}
