package io.evalstream.item.schedule;

import io.evalstream.item.config.ItemConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Checks for due schedules every {@code evalstream.item.schedules.every} (the resolution of schedules). State is
 * in the database, so schedules survive restarts and a schedule missed while down fires at the first check.
 */
@ApplicationScoped
public class ScheduleRunner {
    private static final Logger LOG = Logger.getLogger(ScheduleRunner.class);

    private final ScheduleService schedules;
    private final ItemConfig config;
    private final Clock clock;

    public ScheduleRunner(ScheduleService schedules, ItemConfig config, Clock clock) {
        this.schedules = schedules;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "schedules", every = "${evalstream.item.schedules.every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.schedules().enabled()) {
            return;
        }
        try {
            schedules.fireDue(clock.instant());
        } catch (RuntimeException e) {
            LOG.error("checking due schedules failed", e);
        }
    }
}
