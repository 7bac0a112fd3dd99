package io.evalstream.item.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.item.problem.ProblemException;
import io.evalstream.item.problem.ProblemType;
import io.evalstream.item.run.RunCreated;
import io.evalstream.item.run.RunRequest;
import io.evalstream.item.run.RunRequestValidator;
import io.evalstream.item.run.RunService;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.jboss.logging.Logger;

/**
 * Schedules: create (the cron and the run request are checked as a run would be, so a schedule never fails for a
 * typo at 3 a.m.), list, delete, and {@link #fireDue} which starts a run for every due schedule.
 *
 * <p>A schedule that was due while the service was down fires once when it is next checked, not once per
 * missed time: its next due time is computed from "now", and the missed ones are skipped. A run is started at
 * most once per due time (the claim moves the due time first); if the service dies between the claim and the
 * run, that time is skipped.
 */
@ApplicationScoped
public class ScheduleService {
    private static final Logger LOG = Logger.getLogger(ScheduleService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ScheduleStore store;
    private final RunRequestValidator validator;
    private final RunService runs;
    private final Clock clock;

    public ScheduleService(ScheduleStore store, RunRequestValidator validator, RunService runs, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.runs = runs;
        this.clock = clock;
    }

    public ScheduleView create(JsonNode body) throws JsonProcessingException {
        ScheduleRequest request = ScheduleRequest.read(body);
        if (request == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "a JSON body is required");
        }
        CronSchedule cron;
        try {
            cron = CronSchedule.parse(request.cron());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("cron", e.getMessage());
        }
        validator.validate(request.runRequest(), "schedule-check");
        ObjectNode runBody = ((ObjectNode) body.deepCopy());
        runBody.remove("cron");
        Schedule schedule = new Schedule();
        schedule.id = "sched-" + HexFormat.of().formatHex(randomBytes());
        schedule.cron = cron.expression();
        schedule.suite = request.suite();
        schedule.request = ScheduleStore.write(runBody);
        schedule.createdAt = clock.instant();
        schedule.nextDue = cron.nextAfter(schedule.createdAt);
        store.create(schedule);
        LOG.infof("schedule %s: '%s' for %s, next at %s", schedule.id, schedule.cron, schedule.suite,
                schedule.nextDue);
        return store.view(schedule.id);
    }

    /** Starts a run for every schedule due at {@code now}; returns how many runs were started. */
    public int fireDue(Instant now) {
        int started = 0;
        for (Schedule schedule : store.due(now)) {
            Instant next = CronSchedule.parse(schedule.cron).nextAfter(now);
            if (!store.claim(schedule.id, schedule.nextDue, next)) {
                continue; // another tick or instance took it
            }
            try {
                RunRequest request = RunRequest.read(ScheduleStore.read(schedule.request));
                RunCreated run = runs.create(request);
                store.started(schedule.id, run.runId(), schedule.nextDue, now);
                LOG.infof("schedule %s (due %s): started run %s; next at %s", schedule.id, schedule.nextDue,
                        run.runId(), next);
                started++;
            } catch (ProblemException | JsonProcessingException e) {
                LOG.warnf("schedule %s (due %s): could not start a run: %s", schedule.id, schedule.nextDue,
                        e.getMessage());
                store.failed(schedule.id, e.getMessage());
            }
        }
        return started;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
