package io.evalstream.item.watch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A watch: the dataset it follows and its open-ended run. {@code expectedRequests} is what the run's latest
 * {@code RunPlanned} announced; it grows with every item added to the dataset.
 */
@Entity
@Table(name = "watch")
public class Watch extends PanacheEntityBase {
    @Id
    public String id;

    @Column(nullable = false)
    public String dataset;

    @Column(name = "run_id", nullable = false)
    public String runId;

    @Column(name = "expected_requests", nullable = false)
    public long expectedRequests;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
