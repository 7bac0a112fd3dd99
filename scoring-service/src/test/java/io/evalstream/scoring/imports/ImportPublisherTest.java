package io.evalstream.scoring.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.RunCancelled;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.scoring.stream.SendFailedException;
import io.evalstream.scoring.testing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.IntPredicate;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/**
 * An import the broker stops acknowledging partway must not leave a run waiting forever: the publisher withdraws
 * it with a {@code RunCancelled} after its plan. Emitters are fakes that acknowledge or reject chosen sends.
 */
class ImportPublisherTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void aCompleteImportSendsThePlanThenEveryResponseAndNoCancellation() {
        FakeEmitter runs = new FakeEmitter(n -> true);
        FakeEmitter responses = new FakeEmitter(n -> true);
        new ImportPublisher(runs, responses).publish(plan(5), responses(5), TIMEOUT);

        assertThat(runs.payloads).hasSize(1);
        assertThat(EventCodec.decode(runs.payloads.get(0), RunPlanned.class).runId()).isEqualTo(run.runId);
        assertThat(responses.payloads).hasSize(5);
    }

    @Test
    void anImportRejectedPartwayIsCancelledAfterItsPlan() {
        FakeEmitter runs = new FakeEmitter(n -> true);
        FakeEmitter responses = new FakeEmitter(n -> n != 3); // the fourth response is rejected by the broker
        ImportPublisher publisher = new ImportPublisher(runs, responses);

        assertThatThrownBy(() -> publisher.publish(plan(5), responses(5), TIMEOUT))
                .isInstanceOf(SendFailedException.class)
                .hasMessageContaining("the run was cancelled");
        assertThat(runs.payloads).hasSize(2);
        RunCancelled cancelled = EventCodec.decode(runs.payloads.get(1), RunCancelled.class);
        assertThat(cancelled.runId()).isEqualTo(run.runId);
        assertThat(cancelled.reason()).contains("not fully written to the broker");
    }

    @Test
    void whenTheCancellationFailsTooTheErrorSaysTheRunMayStayRunning() {
        FakeEmitter runs = new FakeEmitter(n -> n == 0); // the plan lands, the cancellation does not
        FakeEmitter responses = new FakeEmitter(n -> false);
        ImportPublisher publisher = new ImportPublisher(runs, responses);

        assertThatThrownBy(() -> publisher.publish(plan(2), responses(2), TIMEOUT))
                .isInstanceOf(SendFailedException.class)
                .hasMessageContaining("cancelling the run failed too")
                .hasMessageContaining("may stay RUNNING");
        assertThat(runs.payloads).hasSize(2);
    }

    private final Scenario run = new Scenario("import");

    private RunPlanned plan(int responses) {
        return run.plan(List.of("m"), responses);
    }

    private List<ResponseReceived> responses(int count) {
        List<ResponseReceived> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(run.text("m", i, "Answer: " + i));
        }
        return list;
    }

    /** Records every payload; the n-th send (from 0) is acknowledged when {@code acks} says so, else rejected. */
    private static final class FakeEmitter implements Emitter<String> {
        final List<String> payloads = new ArrayList<>();
        private final IntPredicate acks;

        FakeEmitter(IntPredicate acks) {
            this.acks = acks;
        }

        @Override
        public synchronized <M extends Message<? extends String>> void send(M message) {
            int n = payloads.size();
            payloads.add(message.getPayload());
            if (acks.test(n)) {
                message.ack();
            } else {
                message.nack(new IllegalStateException("broker unavailable"));
            }
        }

        @Override
        public CompletionStage<Void> send(String payload) {
            send(Message.of(payload));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void complete() {
        }

        @Override
        public void error(Exception e) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean hasRequests() {
            return true;
        }
    }
}
