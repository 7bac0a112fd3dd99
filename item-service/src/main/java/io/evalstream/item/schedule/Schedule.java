package io.evalstream.item.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored schedule: its cron, the run request it starts, and when it fires next. */
@Entity
@Table(name = "schedule")
public class Schedule extends PanacheEntityBase {
    @Id
    public String id;

    @Column(nullable = false)
    public String cron;

    @Column(nullable = false)
    public String suite;

    /** The run request ({@code POST /api/runs} body) as JSON. */
    @Column(nullable = false)
    public String request;

    @Column(name = "next_due", nullable = false)
    public Instant nextDue;

    @Column(name = "last_run_id")
    public String lastRunId;

    @Column(name = "last_started_at")
    public Instant lastStartedAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
