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
        EntityManager em = Panache.getEntityManager();
        lock(em, name);
        return storeLocked(em, name, items, Dataset.latest(name).orElse(null));
    }

    /**
     * Appends {@code items} to the latest version of {@code name} (or creates version 1): the next version holds
     * the latest's items followed by the new ones. An item whose id is already present with identical content is
     * skipped (appending twice is a no-op); one whose id is present with different content is not appended and
     * is returned in {@link AppendResult#conflicts()}, the rest still are. Merging happens under the dataset's
     * lock, so concurrent appends both land.
     */
    @Transactional
    public AppendResult append(String name, List<ParsedItem<?>> items, boolean rejectConflicts) {
        EntityManager em = Panache.getEntityManager();
        lock(em, name);
        Dataset latest = Dataset.latest(name).orElse(null);
        List<ParsedItem<?>> merged = new java.util.ArrayList<>(latest == null ? List.of() : existing(em, latest.id));
        java.util.Map<String, String> lines = new java.util.HashMap<>();
        for (ParsedItem<?> item : merged) {
            lines.put(item.id(), codec.canonicalLine(item));
        }
        List<String> conflicts = new java.util.ArrayList<>();
        int added = 0;
        for (ParsedItem<?> item : items) {
            String line = codec.canonicalLine(item);
            String present = lines.putIfAbsent(item.id(), line);
            if (present == null) {
                merged.add(item);
                added++;
            } else if (!present.equals(line)) {
                conflicts.add(item.id());
            }
        }
        if (rejectConflicts && !conflicts.isEmpty()) {
            throw new io.evalstream.item.problem.ProblemException(io.evalstream.item.problem.ProblemType.CONFLICT,
                    "dataset '" + name + "' already holds different items with the ids " + conflicts
                            + "; nothing was appended",
                    conflicts.stream().map(id -> io.evalstream.item.problem.ProblemError.field("id",
                            "item '" + id + "' exists with different content")).toList());
        }
        ImportResult result = added == 0 && latest != null ? ImportResult.of(latest, false)
                : storeLocked(em, name, merged, latest);
        return new AppendResult(result, added, conflicts);
    }

    private static void lock(EntityManager em, String name) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) locked")
                .setParameter(1, "item.dataset:" + name).getSingleResult();
    }

    private List<ParsedItem<?>> existing(EntityManager em, long datasetId) {
        List<StoredItem> rows = em.createQuery("select new io.evalstream.item.dataset.StoredItem("
                + "i.externalId, i.kind, i.payload, i.slices) from Item i where i.datasetId = ?1 order by i.position",
                StoredItem.class).setParameter(1, datasetId).getResultList();
        List<ParsedItem<?>> items = new java.util.ArrayList<>(rows.size());
        for (StoredItem row : rows) {
            items.add(codec.read(row.externalId(), row.kind(), row.payload(), List.of(row.slices())));
        }
        return items;
    }

    private ImportResult storeLocked(EntityManager em, String name, List<ParsedItem<?>> items, Dataset latest) {
        String hash = contentHash(items);
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
