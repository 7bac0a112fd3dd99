package io.evalstream.item.run;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A planned run. The full {@link RunPlan} is stored as JSON ({@code plan}) so that the run can be emitted
 * again, identically, by whichever instance finds it still PLANNING. {@code leaseUntil} is how instances
 * agree who is emitting it right now.
 */
@Entity
@Table(name = "run")
public class Run extends PanacheEntityBase {
    @Id
    public String id;

    @Column(nullable = false)
    public String suite;

    @Column(name = "suite_version", nullable = false)
    public int suiteVersion;

    @Column(name = "dataset_id", nullable = false)
    public long datasetId;

    @Column(nullable = false)
    public String[] models;

    /** The {@link RunPlan} as JSON. */
    @Column(nullable = false)
    public String plan;

    @Column(name = "expected_requests", nullable = false)
    public long expectedRequests;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunStatus status;

    @Column(name = "emit_attempts", nullable = false)
    public int emitAttempts;

    /** While in the future, an emitter owns the run and recovery leaves it alone. */
    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "emitted_at")
    public Instant emittedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;
}
