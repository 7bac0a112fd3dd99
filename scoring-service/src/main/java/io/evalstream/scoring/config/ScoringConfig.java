package io.evalstream.scoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Tunables of scoring-service. Every value has a default that suits one instance on a small machine; the
 * names are {@code evalstream.scoring.*} (environment {@code EVALSTREAM_SCORING_*}).
 */
@ConfigMapping(prefix = "evalstream.scoring")
public interface ScoringConfig {

    /**
     * Smallest interval between two RUNNING status events of one run. A fast run scores thousands of responses
     * a second; observers need a progress bar, not an event per batch.
     */
    @WithDefault("500ms")
    Duration progressInterval();

    /**
     * How often a live event stream reads its run's progress and metrics from PostgreSQL. Reading the shared
     * store, not this instance's memory, is what makes a stream correct when several instances score one run.
     */
    @WithDefault("250ms")
    Duration streamPollInterval();

    /**
     * How long a batch waits for the broker to acknowledge the events derived from it (scores, status, dead
     * letters) before the batch is failed. The Kafka offsets are committed only after these acknowledgements,
     * so a crash can never lose a derived event.
     */
    @WithDefault("60s")
    Duration sendTimeout();

    /**
     * Attempts at storing one batch before it is failed. Each attempt is a fresh transaction; transient errors
     * (a deadlock victim, a fail-over) succeed on a retry, and a redelivered row is a no-op by construction.
     */
    @WithDefault("5")
    int storeAttempts();

    /** Back-off before the second store attempt; it doubles for each further attempt. */
    @WithDefault("200ms")
    Duration storeBackoff();

    /** Default page size of the score drill-down ({@code GET /api/runs/{runId}/items}). */
    @WithDefault("100")
    int itemsPageSize();

    /** Largest page the score drill-down returns, so that one request cannot read a whole run into memory. */
    @WithDefault("1000")
    int itemsMaxPageSize();

    /** Regression detection when a run completes ({@code io.evalstream.scoring.regression}). */
    Regression regression();

    interface Regression {
        /** Significance level: a drop is a regression when the paired test's two-sided p-value is below it. */
        @WithDefault("0.05")
        double alpha();

        /**
         * Resamples of the paired bootstrap (used when items have several variants or samples). The p-value's
         * resolution is 1/rounds; 2000 resolves 0.05 well and costs a few milliseconds for thousands of items.
         */
        @WithDefault("2000")
        int bootstrapRounds();
    }
}
