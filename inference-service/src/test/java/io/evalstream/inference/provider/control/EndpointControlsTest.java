package io.evalstream.inference.provider.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.inference.provider.http.EndpointLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The endpoint controls on a fake clock: AIMD bounds, pauses, the circuit breaker's states, the rate gate. */
class EndpointControlsTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aimdHalvesOnOverloadOncePerCooldownAndGrowsByOnePerCleanWindowWithinItsBounds() {
        AimdLimit limit = new AimdLimit(2, 16, 20, 0.5, Duration.ofSeconds(1).toNanos(), now::get);
        limit.overload();
        assertThat(limit.limit()).isEqualTo(8);
        limit.overload(); // same burst: ignored
        assertThat(limit.limit()).isEqualTo(8);
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        limit.overload();
        limit.overload();
        assertThat(limit.limit()).isEqualTo(4);
        for (int i = 0; i < 10; i++) {
            now.addAndGet(Duration.ofSeconds(2).toNanos());
            limit.overload();
        }
        assertThat(limit.limit()).as("never below min").isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            limit.success();
        }
        assertThat(limit.limit()).as("one clean window of 2 answers").isEqualTo(3);
        for (int i = 0; i < 10_000; i++) {
            limit.success();
        }
        assertThat(limit.limit()).as("never above max").isEqualTo(20);
    }

    @Test
    void limiterShrinksOnOverloadAndHoldsWaitersUntilPermitsFitTheSmallerLimit() {
        EndpointLimiter limiter = new EndpointLimiter(1, 4, 4, 0.5, Duration.ofSeconds(1), now::get);
        List<CompletableFuture<Void>> permits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            permits.add(limiter.acquire("e"));
        }
        assertThat(permits.stream().filter(CompletableFuture::isDone)).hasSize(4);
        limiter.release("e", Outcome.OVERLOAD); // limit 4 -> 2, in flight 3
        assertThat(limiter.limit("e")).isEqualTo(2);
        assertThat(permits.stream().filter(CompletableFuture::isDone)).as("no permit while above the new limit").hasSize(4);
        limiter.release("e", Outcome.NEUTRAL); // in flight 2
        limiter.release("e", Outcome.NEUTRAL); // in flight 1 -> one waiter admitted
        assertThat(permits.stream().filter(CompletableFuture::isDone)).hasSize(5);
        assertThat(limiter.inFlight("e")).isEqualTo(2);
    }

    @Test
    void aPausedEndpointHandsOutNoPermitUntilThePauseIsOver() {
        EndpointLimiter limiter = new EndpointLimiter(1, 8, 8, 0.5, Duration.ofSeconds(1), now::get);
        limiter.pause("e", Duration.ofSeconds(30));
        CompletableFuture<Void> permit = limiter.acquire("e");
        assertThat(permit).isNotDone();
        now.addAndGet(Duration.ofSeconds(31).toNanos());
        limiter.cap("e", Integer.MAX_VALUE); // any hand-out after the pause admits the waiter
        assertThat(permit).isDone();
    }

    @Test
    void capZeroHoldsEveryoneAndARaisedCapReleasesThem() {
        EndpointLimiter limiter = new EndpointLimiter(8);
        limiter.cap("e", 0);
        CompletableFuture<Void> a = limiter.acquire("e");
        CompletableFuture<Void> b = limiter.acquire("e");
        assertThat(a).isNotDone();
        limiter.cap("e", 1);
        assertThat(a).isDone();
        assertThat(b).isNotDone();
    }

    @Test
    void circuitOpensAfterConsecutiveFailuresRefusesWhileOpenAndProbesOnceWhenHalfOpen() {
        CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);
        for (int i = 0; i < 2; i++) {
            assertThat(breaker.refusal()).isEmpty();
            breaker.record(Outcome.FAILURE);
        }
        breaker.record(Outcome.SUCCESS); // resets the count
        for (int i = 0; i < 3; i++) {
            assertThat(breaker.refusal()).isEmpty();
            breaker.record(Outcome.FAILURE);
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.refusal()).hasValueSatisfying(m -> assertThat(m).contains("circuit open after 3 consecutive failures"));
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertThat(breaker.refusal()).as("the probe").isEmpty();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(breaker.refusal()).as("only one probe at a time").isPresent();
        breaker.record(Outcome.FAILURE);
        assertThat(breaker.state()).as("a failed probe opens it again").isEqualTo(CircuitBreaker.State.OPEN);
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertThat(breaker.refusal()).isEmpty();
        breaker.record(Outcome.SUCCESS);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.refusal()).isEmpty();
    }

    @Test
    void rateGateSpreadsABudgetOverTheMinuteAfterItsBurstAndWaitsAtRateZero() {
        RateGate gate = new RateGate(600, new RateGate.Duration(1.0), now::get); // 10 per second, 1 s burst
        List<CompletableFuture<Void>> admitted = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            admitted.add(gate.acquire(1));
        }
        // the burst (10) and the first slot pass at once; the rest are scheduled, not admitted
        assertThat(admitted.stream().filter(CompletableFuture::isDone).count()).isBetween(10L, 11L);

        RateGate closed = new RateGate(0, new RateGate.Duration(1.0), now::get);
        CompletableFuture<Void> waiting = closed.acquire(1);
        assertThat(waiting).isNotDone();
        closed.rate(60);
        assertThat(waiting).isDone();
    }
}
