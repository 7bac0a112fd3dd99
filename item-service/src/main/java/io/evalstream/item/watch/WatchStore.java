package io.evalstream.item.watch;

import io.evalstream.item.dataset.Dataset;
import io.evalstream.item.dataset.DatasetService;
import io.evalstream.item.kind.ParsedItem;
import io.evalstream.item.problem.ProblemException;
import io.evalstream.item.run.Run;
import io.evalstream.item.run.RunPlan;
import io.evalstream.item.run.RunStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/** Persistence of watches and of the item ids each has seen, one short transaction per step. */
@ApplicationScoped
public class WatchStore {
    private static final String INSERT_ITEMS = "insert into item.watch_item (watch_id, external_id, emitted) "
            + "select ?, unnest(?::text[]), ? on conflict (watch_id, external_id) do update set emitted = excluded.emitted";

    /** Items of the dataset's latest version the watch has not seen yet, and that version. */
    public record Pending(Watch watch, Dataset latest, List<ParsedItem<?>> items) {
    }

    private final RunStore runs;
    private final DatasetService datasets;

    public WatchStore(RunStore runs, DatasetService datasets) {
        this.runs = runs;
        this.datasets = datasets;
    }

    /** Stores the watch, its run (as planned, expecting nothing yet) and the items present now as its baseline. */
    @Transactional
    public void create(Watch watch, RunPlan plan, Duration lease) {
        runs.create(plan, 0, lease);
        watch.persistAndFlush(); // watch_item rows reference it through plain JDBC
        List<String> baseline = datasets.items(plan.datasetId()).stream().map(ParsedItem::id).toList();
        insertItems(watch.id, baseline, false);
    }

    @Transactional
    public List<Watch> all() {
        return detached(Watch.list("order by createdAt"));
    }

    @Transactional
    public List<Watch> ofDataset(String dataset) {
        return detached(Watch.list("dataset = ?1 order by createdAt", dataset));
    }

    @Transactional
    public Watch find(String id) {
        Watch watch = Watch.<Watch>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("no watch with id '" + id + "'"));
        Watch.getEntityManager().detach(watch);
        return watch;
    }

    @Transactional
    public long itemsEvaluated(String id) {
        return ((Number) Watch.getEntityManager().createNativeQuery(
                "select count(*) from item.watch_item where watch_id = ?1 and emitted").setParameter(1, id)
                .getSingleResult()).longValue();
    }

    /** What the watch has not evaluated yet in the latest version of its dataset. */
    @Transactional
    public Pending pending(String id) {
        Watch watch = find(id);
        Dataset latest = Dataset.latest(watch.dataset).orElseThrow();
        @SuppressWarnings("unchecked")
        Set<String> seen = new HashSet<>(Watch.getEntityManager().createNativeQuery(
                "select external_id from item.watch_item where watch_id = ?1").setParameter(1, id).getResultList());
        List<ParsedItem<?>> fresh = datasets.items(latest.id).stream().filter(item -> !seen.contains(item.id()))
                .toList();
        return new Pending(watch, latest, fresh);
    }

    /** After the broker acknowledged the new items' requests: remember them and the run's new expected count. */
    @Transactional
    public void emitted(String id, List<String> itemIds, long expectedRequests, int datasetVersion) {
        Watch watch = Watch.findById(id);
        watch.expectedRequests = expectedRequests;
        Run.update("expectedRequests = ?1, suiteVersion = ?2 where id = ?3", expectedRequests, datasetVersion,
                watch.runId);
        insertItems(id, itemIds, true);
    }

    @Transactional
    public void delete(String id) {
        Watch.deleteById(id);
    }

    private static List<Watch> detached(List<Watch> watches) {
        watches.forEach(w -> Watch.getEntityManager().detach(w));
        return watches;
    }

    private static void insertItems(String watchId, List<String> ids, boolean emitted) {
        if (ids.isEmpty()) {
            return;
        }
        Watch.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ITEMS)) {
                insert.setString(1, watchId);
                insert.setArray(2, connection.createArrayOf("text", ids.toArray()));
                insert.setBoolean(3, emitted);
                insert.executeUpdate();
            }
        });
    }
}
