package io.evalstream.item.dataset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One item of one dataset version. The kind-specific content is kept as the kind's JSON {@code payload}, so
 * a new kind needs no schema change. The dataset is referenced by id rather than by association: items are
 * only ever written and read in bulk for one dataset, and a plain column avoids lazy-loading traps.
 */
@Entity
@Table(name = "item")
public class Item extends PanacheEntityBase {
    /** Assigned by the database: items are inserted by a JDBC batch in {@link DatasetStore}, not by Hibernate. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dataset_id", nullable = false)
    public Long datasetId;

    /** The item's id in the imported file, which is what requests and scores refer to. */
    @Column(name = "external_id", nullable = false)
    public String externalId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String payload;

    @Column(nullable = false)
    public String[] slices;

    /** 0-based position in the imported file: planning emits items in file order. */
    @Column(nullable = false)
    public int position;
}
