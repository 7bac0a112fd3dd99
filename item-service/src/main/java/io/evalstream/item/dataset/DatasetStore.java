package io.evalstream.item.dataset;

import io.evalstream.item.kind.ItemCodec;
import io.evalstream.item.kind.ParsedItem;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Stores validated items as a new dataset version in one transaction, so an import is all or nothing. A
 * transaction-scoped advisory lock per dataset name serialises concurrent imports of the same name: without
 * it two uploads could both compute "latest + 1" and one would fail on the unique key instead of getting the
 * next version or the identical existing one.
 */
@ApplicationScoped
public class DatasetStore {
    /** Rows per JDBC batch: large enough to amortise round trips, small enough to bound driver memory. */
    static final int BATCH_SIZE = 1000;
    static final String INSERT_ITEM = "insert into item.item (dataset_id, external_id, kind, payload, slices, position)"
            + " values (?, ?, ?, ?, ?, ?)";

    private final ItemCodec codec;

    public DatasetStore(ItemCodec codec) {
        this.codec = codec;
    }

    /** The next version of {@code name} holding {@code items}, or the latest one when its content is identical. */
    @Transactional
    public ImportResult store(String name, List<ParsedItem<?>> items) {
        String hash = contentHash(items);
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) locked")
                .setParameter(1, "item.dataset:" + name).getSingleResult();
        Dataset latest = Dataset.latest(name).orElse(null);
        if (latest != null && latest.contentHash.equals(hash)) {
            return ImportResult.of(latest, false);
        }
        Dataset dataset = new Dataset();
        dataset.name = name;
        dataset.version = latest == null ? 1 : latest.version + 1;
        dataset.contentHash = hash;
        dataset.itemCount = items.size();
        dataset.createdAt = Instant.now();
        dataset.persist();
        em.flush(); // the dataset row must exist before the JDBC batch references it
        insertItems(em, dataset.id, items);
        return new ImportResult(name, dataset.version, items.size(), hash, true);
    }

    /**
     * One JDBC batch instead of one managed entity per item: an import of 100,000 items would otherwise spend
     * most of its time in Hibernate's per-entity bookkeeping. With {@code reWriteBatchedInserts} the driver
     * turns each batch into multi-row inserts.
     */
    private void insertItems(EntityManager em, long datasetId, List<ParsedItem<?>> items) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ITEM)) {
                for (int position = 0; position < items.size(); position++) {
                    ParsedItem<?> item = items.get(position);
                    insert.setLong(1, datasetId);
                    insert.setString(2, item.id());
                    insert.setString(3, item.kind().name());
                    insert.setString(4, codec.payload(item));
                    insert.setArray(5, connection.createArrayOf("text", item.slices().toArray()));
                    insert.setInt(6, position);
                    insert.addBatch();
                    if ((position + 1) % BATCH_SIZE == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    /** SHA-256 over the canonical item lines, in file order: the same items in another order are new content. */
    String contentHash(List<ParsedItem<?>> items) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ParsedItem<?> item : items) {
                digest.update(codec.canonicalLine(item).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
