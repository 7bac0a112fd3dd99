package io.evalstream.inference.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Adds a batch's {@link CallTally tallies} to {@code inference.model_call}, in one transaction. An upsert
 * ({@code INSERT ... ON CONFLICT DO UPDATE}) rather than read-modify-write, because several instances add to
 * the same rows at once. Blocking (JDBC): callers run it on a worker thread, never on the event loop.
 */
@ApplicationScoped
public class ModelCallRecorder {
    private static final String UPSERT = """
            INSERT INTO inference.model_call (run_id, model_id, status, calls, input_tokens, output_tokens,
                latency_ms_total, cost_usd, first_call_at, last_call_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now(), now())
            ON CONFLICT (run_id, model_id, status) DO UPDATE SET
                calls = model_call.calls + EXCLUDED.calls,
                input_tokens = model_call.input_tokens + EXCLUDED.input_tokens,
                output_tokens = model_call.output_tokens + EXCLUDED.output_tokens,
                latency_ms_total = model_call.latency_ms_total + EXCLUDED.latency_ms_total,
                cost_usd = model_call.cost_usd + EXCLUDED.cost_usd,
                last_call_at = now()
            """;

    private final EntityManager entityManager;

    public ModelCallRecorder(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public void record(List<CallTally> tallies) {
        for (CallTally tally : tallies) {
            entityManager.createNativeQuery(UPSERT)
                    .setParameter(1, tally.runId())
                    .setParameter(2, tally.modelId())
                    .setParameter(3, tally.status())
                    .setParameter(4, tally.calls())
                    .setParameter(5, tally.inputTokens())
                    .setParameter(6, tally.outputTokens())
                    .setParameter(7, tally.latencyMsTotal())
                    .setParameter(8, tally.costUsd())
                    .executeUpdate();
        }
    }
}
