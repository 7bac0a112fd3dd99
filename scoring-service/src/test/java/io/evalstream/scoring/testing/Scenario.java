package io.evalstream.scoring.testing;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.VariantPlan;
import io.evalstream.scoring.scorer.Responses;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A run with known answers: each model answers items {@code item-0..} multiple choice (gold B) with a given
 * number of correct, incorrect, unreadable and timed-out responses, so the expected accuracy is known by hand.
 * Items with an even number are in slice {@code even}, the others in {@code odd}.
 */
public final class Scenario {
    public final String runId;
    public final String suite;

    public Scenario(String prefix) {
        this(prefix, "suite-" + UUID.randomUUID());
    }

    public Scenario(String prefix, String suite) {
        this.runId = prefix + "-" + UUID.randomUUID();
        this.suite = suite;
    }

    public RunPlanned plan(List<String> models, long expected) {
        return RunPlanned.of(runId, suite, 1, models, new VariantPlan("NONE", 1, "GENERATE", "zero_shot"), expected,
                List.of("choice"));
    }

    /** In item order: correct first, then incorrect, unscored, timeouts. */
    public List<ResponseReceived> answers(String model, int correct, int incorrect, int unscored, int timeouts) {
        List<ResponseReceived> responses = new ArrayList<>();
        int item = 0;
        for (int i = 0; i < correct; i++) {
            responses.add(text(model, item++, "The answer is (B)"));
        }
        for (int i = 0; i < incorrect; i++) {
            responses.add(text(model, item++, "Answer: C"));
        }
        for (int i = 0; i < unscored; i++) {
            responses.add(text(model, item++, "I am not sure"));
        }
        for (int i = 0; i < timeouts; i++) {
            responses.add(Responses.failed(request(model, item++), ResponseStatus.TIMEOUT));
        }
        return responses;
    }

    public ResponseReceived text(String model, int item, String text) {
        return Responses.ok(request(model, item), text, List.of());
    }

    private io.evalstream.contracts.EvaluationRequested request(String model, int item) {
        return Responses.request(runId, "item-" + item, model, "multiple_choice", "GENERATE", "B", Responses.ABCD,
                List.of(item % 2 == 0 ? "even" : "odd"));
    }
}
