package io.evalstream.scoring.observability;

import io.evalstream.scoring.metric.AccuracyStats;
import io.evalstream.scoring.metric.Slices;
import io.evalstream.scoring.statistics.Proportion;
import io.evalstream.scoring.store.ResultsQueries;
import io.evalstream.scoring.store.RunProgress;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Per-run evaluation gauges for Prometheus, refreshed from PostgreSQL every {@code evalstream.run-gauges.interval}
 * for the most recently updated runs (so every instance exports the same figures, whoever scored them):
 * <ul>
 * <li>{@code evalstream_run_progress{run}}: received / planned (0..1; absent until the plan arrived);</li>
 * <li>{@code evalstream_run_received{run}}, {@code evalstream_run_errors{run}};</li>
 * <li>{@code evalstream_run_accuracy{run,model}} with {@code evalstream_run_accuracy_ci_low/_ci_high} (Wilson 95%)
 * and {@code evalstream_run_accuracy_n} (scored responses): a figure never goes out without its n and interval.</li>
 * </ul>
 */
@ApplicationScoped
public class RunGauges {
    private static final Logger LOG = Logger.getLogger(RunGauges.class);

    private final ResultsQueries queries;
    private final RunGaugeConfig config;
    private final MultiGauge progress;
    private final MultiGauge received;
    private final MultiGauge errors;
    private final MultiGauge accuracy;
    private final MultiGauge accuracyLow;
    private final MultiGauge accuracyHigh;
    private final MultiGauge accuracyN;
    private Cancellable ticks;

    public RunGauges(ResultsQueries queries, RunGaugeConfig config, MeterRegistry registry) {
        this.queries = queries;
        this.config = config;
        progress = MultiGauge.builder("evalstream.run.progress").description("received / planned responses")
                .register(registry);
        received = MultiGauge.builder("evalstream.run.received").description("terminal responses stored")
                .register(registry);
        errors = MultiGauge.builder("evalstream.run.errors").description("responses without an answer")
                .register(registry);
        accuracy = MultiGauge.builder("evalstream.run.accuracy").description("accuracy over scored responses")
                .register(registry);
        accuracyLow = MultiGauge.builder("evalstream.run.accuracy.ci.low").description("Wilson 95% lower bound")
                .register(registry);
        accuracyHigh = MultiGauge.builder("evalstream.run.accuracy.ci.high").description("Wilson 95% upper bound")
                .register(registry);
        accuracyN = MultiGauge.builder("evalstream.run.accuracy.n").description("scored responses (n)")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        ticks = Multi.createFrom().ticks().startingAfter(java.time.Duration.ofMillis(1)).every(config.interval())
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .subscribe().with(tick -> refreshQuietly(), failure -> LOG.warn("run gauges stopped", failure));
    }

    void stop(@Observes ShutdownEvent event) {
        if (ticks != null) {
            ticks.cancel();
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debugf(e, "run gauges not refreshed");
        }
    }

    /** Reads the latest runs and their accuracy and replaces every row of the gauges. */
    public void refresh() {
        List<MultiGauge.Row<?>> progressRows = new ArrayList<>();
        List<MultiGauge.Row<?>> receivedRows = new ArrayList<>();
        List<MultiGauge.Row<?>> errorRows = new ArrayList<>();
        List<MultiGauge.Row<?>> accuracyRows = new ArrayList<>();
        List<MultiGauge.Row<?>> lowRows = new ArrayList<>();
        List<MultiGauge.Row<?>> highRows = new ArrayList<>();
        List<MultiGauge.Row<?>> nRows = new ArrayList<>();
        for (RunProgress run : queries.allProgress(config.runs())) {
            Tags runTag = Tags.of("run", run.runId());
            if (run.planned() != null && run.planned() > 0) {
                progressRows.add(MultiGauge.Row.of(runTag, Math.min(1.0, (double) run.received() / run.planned())));
            }
            receivedRows.add(MultiGauge.Row.of(runTag, run.received()));
            errorRows.add(MultiGauge.Row.of(runTag, run.errors()));
            for (AccuracyStats stats : queries.accuracy(run.runId())) {
                if (!Slices.ALL.equals(stats.slice())) {
                    continue;
                }
                Tags tags = runTag.and("model", stats.modelId());
                Proportion p = stats.accuracy();
                nRows.add(MultiGauge.Row.of(tags, p.n()));
                if (p.isDefined()) {
                    accuracyRows.add(MultiGauge.Row.of(tags, p.estimate()));
                    lowRows.add(MultiGauge.Row.of(tags, p.low()));
                    highRows.add(MultiGauge.Row.of(tags, p.high()));
                }
            }
        }
        progress.register(progressRows, true);
        received.register(receivedRows, true);
        errors.register(errorRows, true);
        accuracy.register(accuracyRows, true);
        accuracyLow.register(lowRows, true);
        accuracyHigh.register(highRows, true);
        accuracyN.register(nRows, true);
    }
}
