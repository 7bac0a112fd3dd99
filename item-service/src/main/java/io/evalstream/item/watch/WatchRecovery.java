package io.evalstream.item.watch;

import io.evalstream.item.config.ItemConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Scans every watch periodically, so that items whose emission failed (broker down during an import) or that
 * arrived while the service was down are evaluated without anybody importing again. Shares the run recovery's
 * switch and period.
 */
@ApplicationScoped
public class WatchRecovery {
    private final WatchService watches;
    private final ItemConfig config;

    public WatchRecovery(WatchService watches, ItemConfig config) {
        this.watches = watches;
        this.config = config;
    }

    @Scheduled(identity = "watch-recovery", every = "${evalstream.item.recovery.every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.recovery().enabled()) {
            watches.scanAll();
        }
    }
}
