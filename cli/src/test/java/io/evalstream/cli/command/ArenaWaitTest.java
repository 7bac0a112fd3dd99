package io.evalstream.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.cli.client.ApiException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The arena wait on a fake clock: a stall fails after the stall window, progress keeps it alive, timeout bounds it. */
class ArenaWaitTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofSeconds(1);

    private long now;
    private final List<JsonNode> seen = new ArrayList<>();

    private ArenaWait waitOn(Supplier<JsonNode> poll) {
        return new ArenaWait(poll, () -> now, d -> now += d.toNanos(), POLL);
    }

    private static JsonNode run(String state, long received) {
        return JSON.createObjectNode().put("state", state).put("received", received).put("planned", 100)
                .put("errors", 2);
    }

    @Test
    void aRunWhoseCountStopsMovingFailsAfterTheStallWindowWithItsCounts() {
        long[] polls = { 0 };
        ArenaWait wait = waitOn(() -> run("RUNNING", Math.min(40, 10 * ++polls[0])));
        assertThatThrownBy(() -> wait.await("arena-1", Duration.ofMinutes(15), Duration.ofSeconds(30), seen::add))
                .isInstanceOf(ArenaWait.NotFinished.class)
                .hasMessageContaining("arena run arena-1 stalled")
                .hasMessageContaining("no new answer or verdict for 30 s")
                .hasMessageContaining("received 40 of 100, 2 errors")
                .hasMessageContaining("--stall-timeout");
        // the count last moved at the 4th poll (t = 3 s): the stall is declared 30 s later, not at the timeout
        assertThat(Duration.ofNanos(now)).isEqualTo(Duration.ofSeconds(33));
    }

    @Test
    void aRunThatKeepsMovingIsWaitedForUntilItCompletes() throws Exception {
        long[] polls = { 0 };
        ArenaWait wait = waitOn(() -> {
            polls[0]++;
            // one new verdict every 20 polls (20 s), always inside the 30 s stall window; done after 200 s
            return polls[0] >= 200 ? run("COMPLETED", 100) : run("RUNNING", polls[0] / 20);
        });
        JsonNode done = wait.await("arena-2", Duration.ofMinutes(15), Duration.ofSeconds(30), seen::add);
        assertThat(done.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(seen).hasSize(200);
    }

    @Test
    void theOverallTimeoutStillHoldsForARunThatMovesSlowly() {
        long[] polls = { 0 };
        ArenaWait wait = waitOn(() -> run("RUNNING", ++polls[0]));
        assertThatThrownBy(() -> wait.await("arena-3", Duration.ofSeconds(60), Duration.ofSeconds(30), seen::add))
                .isInstanceOf(ArenaWait.NotFinished.class)
                .hasMessageContaining("did not finish within 1 min 0 s")
                .hasMessageContaining("still moving");
    }

    @Test
    void aRunNotYetVisibleCountsAsNoProgressAndOtherErrorsPropagate() {
        ArenaWait unknown = waitOn(() -> {
            throw new ApiException(404, "no such run");
        });
        assertThatThrownBy(() -> unknown.await("arena-4", Duration.ofMinutes(5), Duration.ofSeconds(10), seen::add))
                .isInstanceOf(ArenaWait.NotFinished.class)
                .hasMessageContaining("stalled")
                .hasMessageContaining("run not visible yet");
        ArenaWait broken = waitOn(() -> {
            throw new ApiException(500, "boom");
        });
        assertThatThrownBy(() -> broken.await("arena-5", Duration.ofMinutes(5), Duration.ofSeconds(10), seen::add))
                .isInstanceOf(ApiException.class);
    }
}
