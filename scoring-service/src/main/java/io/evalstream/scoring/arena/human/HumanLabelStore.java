package io.evalstream.scoring.arena.human;

import io.agroal.api.AgroalDataSource;
import io.evalstream.scoring.store.StoreException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Human labels of arena runs' pairs ({@code scoring.arena_human_label}). A submission is stored in one transaction;
 * a label submitted again for the same prompt, pair and labeler replaces the earlier one.
 */
@ApplicationScoped
public class HumanLabelStore {
    private final AgroalDataSource dataSource;

    public HumanLabelStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public void store(String runId, Collection<HumanLabel> labels) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO scoring.arena_human_label (run_id, item_id, model_a, model_b, labeler, winner) "
                        + "VALUES (?,?,?,?,?,?) ON CONFLICT (run_id, item_id, model_a, model_b, labeler) "
                        + "DO UPDATE SET winner = excluded.winner, created = now()")) {
            for (HumanLabel l : labels) {
                s.setString(1, runId);
                s.setString(2, l.itemId());
                s.setString(3, l.modelA());
                s.setString(4, l.modelB());
                s.setString(5, l.labeler());
                s.setString(6, l.winner());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("storing " + labels.size() + " human labels of " + runId + " failed: "
                    + e.getMessage(), e);
        }
    }

    public List<HumanLabel> labels(String runId) {
        List<HumanLabel> labels = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT item_id, model_a, model_b, winner, labeler FROM scoring.arena_human_label WHERE run_id = ? "
                        + "ORDER BY item_id, model_a, model_b, labeler")) {
            s.setString(1, runId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    labels.add(new HumanLabel(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading the human labels of " + runId + " failed: " + e.getMessage(), e);
        }
        return labels;
    }

    /** The run's prompts that have at least one answer (the prompts a label may name). */
    public Set<String> prompts(String runId) {
        Set<String> prompts = new TreeSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT item_id FROM scoring.arena_item WHERE run_id = ?")) {
            s.setString(1, runId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    prompts.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading the prompts of " + runId + " failed: " + e.getMessage(), e);
        }
        return prompts;
    }
}
