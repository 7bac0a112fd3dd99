package io.evalstream.item.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.item.config.ItemConfig;
import io.evalstream.item.kind.ParsedItem;
import io.evalstream.item.messaging.RunEmitter;
import io.evalstream.item.problem.Problem;
import io.evalstream.item.problem.ProblemError;
import io.evalstream.item.problem.ProblemException;
import io.evalstream.item.problem.ProblemType;
import io.evalstream.item.run.RequestPlanner;
import io.evalstream.item.run.RunIds;
import io.evalstream.item.run.RunPlan;
import io.evalstream.item.run.RunRequestValidator;
import io.evalstream.item.run.RunService;
import io.evalstream.item.run.RunStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Watches: a model subscribed to a dataset is evaluated on every item added to it later, by REST import or append
 * or through the {@code eval-items} topic (docs/architecture.md, "Watches").
 *
 * <p>Each watch has one open-ended run ({@code watch-...}). When the dataset changes, the items of its latest
 * version the watch has not seen are planned under that run id (same planner, so request ids are deterministic
 * and a repeated scan is deduplicated downstream), a new {@code RunPlanned} announces the grown expected count
 * (scoring-service reopens the run if it had caught up), the requests are emitted, and only after every
 * acknowledgement are the items recorded as seen. A scan that fails is retried by {@link WatchRecovery}.
 */
@ApplicationScoped
public class WatchService {
    private static final Logger LOG = Logger.getLogger(WatchService.class);

    private final WatchStore store;
    private final RunStore runs;
    private final RunService runService;
    private final RunRequestValidator validator;
    private final RunEmitter emitter;
    private final ItemConfig config;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public WatchService(WatchStore store, RunStore runs, RunService runService, RunRequestValidator validator,
            RunEmitter emitter, ItemConfig config) {
        this.store = store;
        this.runs = runs;
        this.runService = runService;
        this.validator = validator;
        this.emitter = emitter;
        this.config = config;
    }

    public WatchView create(JsonNode body) throws JsonProcessingException {
        WatchRequest request = WatchRequest.read(body);
        if (request == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "a JSON body is required");
        }
        RunPlan plan;
        try {
            plan = validator.validate(request.runRequest(), RunIds.nextWatch());
        } catch (ProblemException e) {
            throw renamed(e);
        }
        Watch watch = new Watch();
        watch.id = "watch-" + plan.runId().substring(RunIds.WATCH_PREFIX.length());
        watch.dataset = plan.suite();
        watch.runId = plan.runId();
        watch.createdAt = Instant.now();
        store.create(watch, plan, config.recovery().lease());
        RunPlanned announced = RunPlanned.of(plan.runId(), plan.suite(), plan.suiteVersion(), plan.modelIds(),
                plan.variantPlan(), 0, plan.scorers());
        emitter.emit(announced, Collections.emptyIterator());
        runs.markEmitted(plan.runId());
        LOG.infof("watch %s: %s on dataset %s, run %s", watch.id, plan.modelIds(), watch.dataset, watch.runId);
        return view(watch.id);
    }

    public WatchView view(String id) {
        Watch watch = store.find(id);
        RunPlan plan = runs.plan(watch.runId);
        return new WatchView(watch.id, watch.dataset, watch.runId, plan.modelIds(), plan.variantPlan(),
                watch.expectedRequests, store.itemsEvaluated(id), watch.createdAt);
    }

    public List<WatchView> list() {
        return store.all().stream().map(w -> view(w.id)).toList();
    }

    /** Stops a watch: its run is cancelled (pending requests are skipped) and the watch removed. */
    public void delete(String id) {
        Watch watch = store.find(id);
        synchronized (lock(id)) {
            runService.cancelWatchRun(watch.runId, "watch " + id + " deleted");
            store.delete(id);
        }
    }

    /** Evaluates what is new in {@code dataset} for every watch of it; failures are logged and retried later. */
    public void datasetChanged(String dataset) {
        for (Watch watch : store.ofDataset(dataset)) {
            try {
                scan(watch.id);
            } catch (RuntimeException e) {
                LOG.warnf(e, "watch %s: new items of %s not emitted yet; recovery retries", watch.id, dataset);
            }
        }
    }

    /** Plans and emits the items the watch has not evaluated; returns how many items that was. */
    public int scan(String id) {
        synchronized (lock(id)) {
            WatchStore.Pending pending = store.pending(id);
            if (pending.items().isEmpty()) {
                return 0;
            }
            Watch watch = pending.watch();
            RunPlan base = runs.plan(watch.runId);
            RunPlan plan = new RunPlan(watch.runId, base.suite(), pending.latest().version, pending.latest().id,
                    base.models(), base.variantPlan(), base.scorers());
            RequestPlanner planner = new RequestPlanner(plan, pending.items());
            long expected = watch.expectedRequests + planner.count();
            RunPlanned announced = RunPlanned.of(plan.runId(), plan.suite(), plan.suiteVersion(), plan.modelIds(),
                    plan.variantPlan(), expected, plan.scorers());
            emitter.emit(announced, planner.requests());
            store.emitted(id, pending.items().stream().map(ParsedItem::id).toList(), expected,
                    pending.latest().version);
            LOG.infof("watch %s: %d new items of %s (version %d) emitted; run %s now expects %d", id,
                    pending.items().size(), watch.dataset, pending.latest().version, watch.runId, expected);
            return pending.items().size();
        }
    }

    /** Scans every watch (recovery of scans that failed). */
    public int scanAll() {
        int items = 0;
        for (Watch watch : store.all()) {
            try {
                items += scan(watch.id);
            } catch (RuntimeException e) {
                LOG.warnf(e, "watch %s: scan failed", watch.id);
            }
        }
        return items;
    }

    private Object lock(String id) {
        return locks.computeIfAbsent(id, k -> new Object());
    }

    /** The run validator speaks of {@code suite}; a watch's field is {@code dataset}. */
    private static ProblemException renamed(ProblemException e) {
        Problem problem = e.problem();
        List<ProblemError> errors = problem.errors() == null ? List.of() : problem.errors().stream()
                .map(err -> "suite".equals(err.field()) ? new ProblemError(err.line(), "dataset", err.message()) : err)
                .toList();
        String detail = problem.detail() == null ? null : problem.detail().replaceFirst("^suite:", "dataset:");
        ProblemType type = ProblemType.VALIDATION;
        for (ProblemType candidate : ProblemType.values()) {
            if (candidate.uri().equals(problem.type())) {
                type = candidate;
            }
        }
        return new ProblemException(type, detail, errors);
    }
}
