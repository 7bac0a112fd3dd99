package io.evalstream.scoring.store;

import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.VariantPlan;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What scoring-service knows of a run from {@code eval-runs}: suite, models and plan. One row per run, written
 * rarely (Panache is fine here; the per-response hot path uses plain JDBC). Progress lives apart, in
 * {@code run_progress}, because responses may arrive before this row exists.
 */
@Entity
@Table(name = "run", schema = "scoring")
public class Run extends PanacheEntityBase {
    @Id
    @Column(name = "run_id")
    public String runId;

    @Column(name = "suite", nullable = false)
    public String suite;

    @Column(name = "suite_version", nullable = false)
    public int suiteVersion;

    @Column(name = "models", nullable = false, columnDefinition = "text[]")
    public String[] models;

    @Column(name = "permutations")
    public String permutations;

    @Column(name = "samples")
    public Integer samples;

    @Column(name = "read_mode")
    public String readMode;

    @Column(name = "template")
    public String template;

    @Column(name = "scorers", nullable = false, columnDefinition = "text[]")
    public String[] scorers;

    @Column(name = "expected_requests", nullable = false)
    public long expectedRequests;

    @Column(name = "planned_at", nullable = false)
    public Instant plannedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** Copies the plan; a re-planned run (same id) takes the latest plan. */
    public void apply(RunPlanned planned) {
        runId = planned.runId();
        suite = planned.suite();
        suiteVersion = planned.suiteVersion();
        models = planned.models().toArray(String[]::new);
        VariantPlan plan = planned.variantPlan();
        permutations = plan == null ? null : plan.permutations();
        samples = plan == null ? null : plan.samples();
        readMode = plan == null ? null : plan.readMode();
        template = plan == null ? null : plan.template();
        scorers = planned.scorers().toArray(String[]::new);
        expectedRequests = planned.expectedRequests();
        plannedAt = planned.occurredAt();
    }
}
