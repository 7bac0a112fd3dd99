package io.evalstream.scoring.consumer;

import io.evalstream.scoring.config.ScoringConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a transactional store call again after a transient failure (a deadlock victim, a fail-over, a lost
 * connection), with doubling back-off. Safe because each attempt is a whole transaction and the stored effect is
 * idempotent per request id. Retrying here, inside the bounded attempts, keeps a short database hiccup from
 * dead-lettering a batch of good records.
 */
@ApplicationScoped
public class StoreRetry {
    private static final Logger LOG = Logger.getLogger(StoreRetry.class);

    private final int attempts;
    private final Duration backoff;

    @Inject
    public StoreRetry(ScoringConfig config) {
        this(config.storeAttempts(), config.storeBackoff());
    }

    StoreRetry(int attempts, Duration backoff) {
        this.attempts = Math.max(1, attempts);
        this.backoff = backoff;
    }

    public <T> T call(String what, Supplier<T> transaction) {
        long pause = backoff.toMillis();
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                LOG.warnf("%s failed (attempt %d of %d), retrying in %d ms: %s", what, attempt, attempts, pause, e);
                sleep(pause);
                pause *= 2;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
