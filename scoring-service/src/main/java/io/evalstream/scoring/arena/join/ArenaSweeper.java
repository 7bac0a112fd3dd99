package io.evalstream.scoring.arena.join;

import io.evalstream.scoring.arena.ArenaConfig;
import io.evalstream.scoring.config.ScoringConfig;
import io.evalstream.scoring.stream.AckedSend;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Every {@code evalstream.arena.sweep-interval}, re-sends the judge requests of ready pairs whose claim expired, so
 * that a batch which died after claiming a pair (and was then dead-lettered rather than redelivered) cannot leave the
 * pair unjudged and its run incomplete. Safe on several instances: claiming is the same conditional update as in the
 * join, so one instance takes each expired pair.
 */
@ApplicationScoped
public class ArenaSweeper {
    private static final Logger LOG = Logger.getLogger(ArenaSweeper.class);
    static final int BATCH = 100;

    private final ArenaJoin join;
    private final ArenaConfig config;
    private final ScoringConfig scoring;
    private ScheduledExecutorService executor;

    public ArenaSweeper(ArenaJoin join, ArenaConfig config, ScoringConfig scoring) {
        this.join = join;
        this.config = config;
        this.scoring = scoring;
    }

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "arena-sweeper");
            t.setDaemon(true);
            return t;
        });
        long every = config.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweepOnce, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    void sweepOnce() {
        try {
            ArenaJoin.Step step = join.sweep(BATCH);
            if (!step.sends().isEmpty()) {
                AckedSend.awaitAll(step.sends(), scoring.sendTimeout());
                join.acknowledged(step);
                LOG.infof("re-sent %d judge requests of %d expired arena pairs", step.sends().size(),
                        step.outcome().claimed().size());
            }
        } catch (RuntimeException e) {
            LOG.warnf("arena sweep failed (will retry): %s", e.getMessage());
        }
    }
}
