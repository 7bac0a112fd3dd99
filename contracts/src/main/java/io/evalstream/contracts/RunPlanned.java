package io.evalstream.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A run was planned: scoring-service learns how many requests to expect (so it can tell completion) and which
 * models and slices to report. Key: runId.
 */
public record RunPlanned(int schema, String id, Instant occurredAt, String runId, String suite, int suiteVersion,
        List<String> models, VariantPlan variantPlan, long expectedRequests, List<String> scorers, ArenaPlan arena)
        implements Event {
    public static final String TYPE = "RunPlanned";

    public RunPlanned {
        Envelope.check(schema, id, occurredAt);
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(suite, "suite");
        models = List.copyOf(Objects.requireNonNull(models, "models"));
        scorers = scorers == null ? List.of() : List.copyOf(scorers);
        if (expectedRequests < 0) {
            throw new IllegalArgumentException("expectedRequests must not be negative");
        }
    }

    /** The v1 shape, without an arena (added later; null for ordinary runs). */
    public RunPlanned(int schema, String id, Instant occurredAt, String runId, String suite, int suiteVersion,
            List<String> models, VariantPlan variantPlan, long expectedRequests, List<String> scorers) {
        this(schema, id, occurredAt, runId, suite, suiteVersion, models, variantPlan, expectedRequests, scorers, null);
    }

    public static RunPlanned of(String runId, String suite, int suiteVersion, List<String> models,
            VariantPlan variantPlan, long expectedRequests, List<String> scorers) {
        return of(runId, suite, suiteVersion, models, variantPlan, expectedRequests, scorers, null);
    }

    /**
     * A run with an arena: {@code expectedRequests} counts the contestants' answers and every judge request the
     * arena's pairing plan implies, so the run completes only when the last verdict is in.
     */
    public static RunPlanned of(String runId, String suite, int suiteVersion, List<String> models,
            VariantPlan variantPlan, long expectedRequests, List<String> scorers, ArenaPlan arena) {
        return new RunPlanned(CURRENT_SCHEMA, Envelope.newId(), Instant.now(), runId, suite, suiteVersion, models,
                variantPlan, expectedRequests, scorers, arena);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
