package io.evalstream.inference.stats;

import static io.evalstream.inference.TestRequests.builtin;
import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.ErrorInfo;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.Usage;
import io.evalstream.inference.TestRequests;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch folds into one tally per (run, model, status), in a fixed order so that upserts lock rows in order. */
class CallTallyTest {

    @Test
    void sumsPerRunModelAndStatusInKeyOrder() {
        var oracle = TestRequests.multipleChoice("run-2", "i1", builtin("oracle"), "A");
        var random = TestRequests.multipleChoice("run-1", "i1", builtin("random"), "A");
        List<ResponseReceived> batch = List.of(
                ResponseReceived.ok(oracle, new ModelOutput("A", "stop", null), new Usage(10, 1), 0.0, 2, false, 1),
                ResponseReceived.ok(oracle, new ModelOutput("A", "stop", null), new Usage(12, 2), 0.5, 4, false, 1),
                ResponseReceived.failed(oracle, ResponseStatus.ERROR, new ErrorInfo("INTERNAL", null, "x"), 1, 1),
                ResponseReceived.ok(random, new ModelOutput("C", "stop", null), new Usage(5, 1), 0.0, 0, false, 1));

        assertThat(CallTally.of(batch)).containsExactly(
                new CallTally("run-1", "builtin:random", "OK", 1, 5, 1, 0, 0.0),
                new CallTally("run-2", "builtin:oracle", "ERROR", 1, 0, 0, 1, 0.0),
                new CallTally("run-2", "builtin:oracle", "OK", 2, 22, 3, 6, 0.5));
    }
}
