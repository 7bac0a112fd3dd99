package io.evalstream.inference.stats;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Calls made for one run, model and terminal status (table {@code inference.model_call}). Written only by
 * {@link ModelCallRecorder}'s upsert (so concurrent instances add up instead of overwriting); read here.
 */
@Entity
@Table(name = "model_call")
public class ModelCall extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "run_id", nullable = false)
    public String runId;

    @Column(name = "model_id", nullable = false)
    public String modelId;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public long calls;

    @Column(name = "input_tokens", nullable = false)
    public long inputTokens;

    @Column(name = "output_tokens", nullable = false)
    public long outputTokens;

    @Column(name = "latency_ms_total", nullable = false)
    public long latencyMsTotal;

    @Column(name = "cost_usd", nullable = false)
    public double costUsd;

    @Column(name = "first_call_at", nullable = false)
    public OffsetDateTime firstCallAt;

    @Column(name = "last_call_at", nullable = false)
    public OffsetDateTime lastCallAt;

    /** The rows of one run, by model then status. */
    public static List<ModelCall> forRun(String runId) {
        return list("runId = ?1 order by modelId, status", runId);
    }
}
