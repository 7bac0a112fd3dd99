package io.evalstream.scoring.regression;

import io.evalstream.contracts.RegressionDetected;
import io.evalstream.scoring.config.ScoringConfig;
import io.evalstream.scoring.metric.Metrics;
import io.evalstream.scoring.stream.DerivedEventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Runs when a run completes: for each model of the run, compares it item by item with the previous completed run
 * of the same suite that scored that model ({@link PairedTests}), and when accuracy dropped significantly
 * (two-sided p below {@code evalstream.scoring.regression.alpha}) stores the regression and publishes
 * {@code RegressionDetected} on {@code eval-run-status}.
 *
 * <p>Never fails the caller: the completion it follows is already stored and announced, so a failed check is
 * logged and the batch goes on. The event is published whenever a check finds a regression, stored now or
 * before (at least once); the table's key keeps one row per run, model and metric.
 */
@ApplicationScoped
public class RegressionCheck {
    private static final Logger LOG = Logger.getLogger(RegressionCheck.class);

    private final RegressionStore store;
    private final DerivedEventPublisher events;
    private final ScoringConfig config;

    public RegressionCheck(RegressionStore store, DerivedEventPublisher events, ScoringConfig config) {
        this.store = store;
        this.events = events;
        this.config = config;
    }

    /** Checks a run that has just completed; returns the acknowledgements of the events it published. */
    public List<CompletableFuture<Void>> afterCompletion(String runId) {
        try {
            List<CompletableFuture<Void>> sends = new ArrayList<>();
            for (RegressionDetected regression : detect(runId)) {
                sends.add(events.regression(regression));
            }
            return sends;
        } catch (RuntimeException e) {
            LOG.errorf(e, "run %s: regression check failed", runId);
            return List.of();
        }
    }

    /** The regressions of a completed run against the previous runs of its suite, stored as a side effect. */
    public List<RegressionDetected> detect(String runId) {
        Optional<RegressionStore.CompletedRun> found = store.completed(runId);
        if (found.isEmpty()) {
            return List.of();
        }
        RegressionStore.CompletedRun run = found.get();
        List<RegressionDetected> regressions = new ArrayList<>();
        for (String model : run.models()) {
            Optional<String> previous = store.previous(run, model);
            if (previous.isEmpty()) {
                continue;
            }
            List<PairedUnit> units = store.pairs(previous.get(), runId, model);
            if (units.isEmpty()) {
                continue;
            }
            PairedComparison comparison = PairedTests.compare(units, config.regression().bootstrapRounds(),
                    (runId + "|" + model).hashCode());
            LOG.infof("run %s, %s vs %s: %s %.4f -> %.4f (n=%d), p=%.3g", runId, model, previous.get(),
                    comparison.test(), comparison.before(), comparison.after(), comparison.units(),
                    comparison.pValue());
            if (comparison.isRegression(config.regression().alpha())) {
                store.insert(runId, previous.get(), run.suite(), model, comparison);
                regressions.add(RegressionDetected.of(runId, previous.get(), run.suite(), model, Metrics.ACCURACY,
                        comparison.before(), comparison.after(), comparison.effect(), comparison.pValue(),
                        comparison.test(), comparison.units()));
            }
        }
        return regressions;
    }
}
