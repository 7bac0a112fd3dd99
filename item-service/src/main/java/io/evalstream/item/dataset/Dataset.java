package io.evalstream.item.dataset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One immutable version of a named dataset. A version never changes after import, which is what lets a run
 * refer to {@code (name, version)} and be re-planned later with the same items and request ids.
 */
@Entity
@Table(name = "dataset")
public class Dataset extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dataset_seq")
    @SequenceGenerator(name = "dataset_seq", sequenceName = "dataset_seq", allocationSize = 1)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int version;

    /** SHA-256 of the canonical item lines: equal hashes mean identical content. */
    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "item_count", nullable = false)
    public int itemCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Dataset> latest(String name) {
        return find("name = ?1 order by version desc", name).firstResultOptional();
    }

    public static Optional<Dataset> version(String name, int version) {
        return find("name = ?1 and version = ?2", name, version).firstResultOptional();
    }

    /** All versions of one dataset, oldest first. */
    public static List<Dataset> versions(String name) {
        return list("name = ?1 order by version", name);
    }
}
