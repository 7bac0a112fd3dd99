package io.evalstream.item.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.item.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Persistence of schedules, one short transaction per step. */
@ApplicationScoped
public class ScheduleStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_ERROR_LENGTH = 2000;

    @Transactional
    public void create(Schedule schedule) {
        schedule.persist();
    }

    @Transactional
    public List<ScheduleView> list() {
        return Schedule.<Schedule>list("order by createdAt").stream().map(this::view).toList();
    }

    @Transactional
    public ScheduleView view(String id) {
        return view(find(id));
    }

    @Transactional
    public void delete(String id) {
        Schedule.delete("id", find(id).id);
    }

    /** Ids of schedules due at {@code now}, most overdue first. */
    @Transactional
    public List<Schedule> due(Instant now) {
        List<Schedule> due = Schedule.<Schedule>list("nextDue <= ?1 order by nextDue", now);
        due.forEach(s -> Schedule.getEntityManager().detach(s));
        return due;
    }

    /**
     * Moves a due schedule to its next time, if nobody else did: the conditional update is what makes one tick
     * (of one instance) the one that starts the run.
     */
    @Transactional
    public boolean claim(String id, Instant wasDue, Instant nextDue) {
        return Schedule.update("nextDue = ?1 where id = ?2 and nextDue = ?3", nextDue, id, wasDue) == 1;
    }

    @Transactional
    public void started(String id, String runId, Instant dueAt, Instant startedAt) {
        Schedule.update("lastRunId = ?1, lastStartedAt = ?2, lastError = null where id = ?3", runId, startedAt, id);
        Schedule.getEntityManager().createNativeQuery("insert into item.schedule_run (schedule_id, run_id, due_at, "
                + "started_at) values (?1, ?2, ?3, ?4)").setParameter(1, id).setParameter(2, runId)
                .setParameter(3, Timestamp.from(dueAt)).setParameter(4, Timestamp.from(startedAt)).executeUpdate();
    }

    @Transactional
    public void failed(String id, String error) {
        String text = error == null ? "unknown" : error;
        Schedule.update("lastError = ?1 where id = ?2",
                text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text, id);
    }

    private static Schedule find(String id) {
        return Schedule.<Schedule>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("no schedule with id '" + id + "'"));
    }

    @SuppressWarnings("unchecked")
    private ScheduleView view(Schedule s) {
        EntityManager em = Schedule.getEntityManager();
        List<Object[]> rows = em.createNativeQuery("select run_id, due_at, started_at from item.schedule_run "
                + "where schedule_id = ?1 order by started_at desc, run_id").setParameter(1, s.id).getResultList();
        List<ScheduleView.ScheduledRun> runs = rows.stream().map(r -> new ScheduleView.ScheduledRun((String) r[0],
                instant(r[1]), instant(r[2]))).toList();
        return new ScheduleView(s.id, s.cron, s.suite, read(s.request), s.nextDue, s.lastRunId, s.lastStartedAt,
                s.lastError, s.createdAt, runs);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return null;
    }

    static String write(JsonNode request) {
        try {
            return JSON.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a schedule's run request", e);
        }
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored schedule request is unreadable", e);
        }
    }
}
