package io.evalstream.scoring.consumer;

import io.evalstream.contracts.Event;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.EventDecodingException;
import io.evalstream.contracts.RunCancelled;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.Topics;
import io.evalstream.scoring.arena.join.ArenaJoin;
import io.evalstream.scoring.config.ScoringConfig;
import io.evalstream.scoring.dlq.DeadLetterPublisher;
import io.evalstream.scoring.regression.RegressionCheck;
import io.evalstream.scoring.store.RunLedger;
import io.evalstream.scoring.store.RunProgress;
import io.evalstream.scoring.store.RunTransition;
import io.evalstream.scoring.stream.AckedSend;
import io.evalstream.scoring.stream.DerivedEventPublisher;
import io.evalstream.scoring.stream.ProgressThrottle;
import io.evalstream.scoring.stream.RunStatusEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code eval-runs}: {@code RunPlanned} records the plan and the expected count (and completes the run
 * if its responses all arrived first); {@code RunCancelled} marks the run cancelled. Any other record is
 * dead-lettered with its reason.
 */
@ApplicationScoped
public class RunEventConsumer {
    private static final Logger LOG = Logger.getLogger(RunEventConsumer.class);

    private final RunLedger ledger;
    private final StoreRetry retry;
    private final DeadLetterPublisher deadLetters;
    private final DerivedEventPublisher events;
    private final ProgressThrottle throttle;
    private final ScoringConfig config;
    private final RegressionCheck regressions;
    private final ArenaJoin arena;

    public RunEventConsumer(RunLedger ledger, StoreRetry retry, DeadLetterPublisher deadLetters,
            DerivedEventPublisher events, ProgressThrottle throttle, ScoringConfig config,
            RegressionCheck regressions, ArenaJoin arena) {
        this.regressions = regressions;
        this.ledger = ledger;
        this.retry = retry;
        this.deadLetters = deadLetters;
        this.events = events;
        this.throttle = throttle;
        this.config = config;
        this.arena = arena;
    }

    /**
     * Blocking because {@link RunLedger} writes with Panache and JDBC. The transaction is the ledger's, not this
     * method's, so that the status event is sent after the commit and the record acknowledged after the broker
     * has acknowledged the event.
     */
    @Incoming(Topics.EVAL_RUNS)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecord<String, String> record) {
        try {
            List<CompletableFuture<Void>> sends = new java.util.ArrayList<>(handle(record));
            ArenaJoin.Step step = arenaStep(record);
            sends.addAll(step.sends());
            step.outcome().ended().completed().forEach(p -> sends.add(events.status(RunStatusEvents.of(p))));
            AckedSend.awaitAll(sends, config.sendTimeout());
            arena.acknowledged(step);
            return record.ack();
        } catch (RuntimeException e) {
            LOG.errorf(e, "run event at %s-%d failed; handing it to the failure strategy", record.getTopic(),
                    record.getPartition());
            return record.nack(e);
        }
    }

    /** An arena plan: recorded, and the prompts whose answers arrived first are joined now. */
    private ArenaJoin.Step arenaStep(KafkaRecord<String, String> record) {
        Event event;
        try {
            event = EventCodec.decode(record.getPayload());
        } catch (RuntimeException e) {
            return ArenaJoin.Step.NONE; // dead-lettered by handle()
        }
        return event instanceof RunPlanned planned ? arena.planned(planned) : ArenaJoin.Step.NONE;
    }

    private List<CompletableFuture<Void>> handle(KafkaRecord<String, String> record) {
        Event event;
        try {
            event = EventCodec.decode(record.getPayload());
            if (!(event instanceof RunPlanned) && !(event instanceof RunCancelled)) {
                throw new EventDecodingException(
                        "unexpected event type " + event.type() + " on " + Topics.EVAL_RUNS, null);
            }
        } catch (RuntimeException e) {
            LOG.warnf("dead-lettering %s-%d: %s", record.getTopic(), record.getPartition(), e.getMessage());
            return List.of(deadLetters.publish(Topics.EVAL_RUNS, record, e));
        }
        if (event instanceof RunPlanned planned) {
            RunTransition transition = retry.call("recording RunPlanned " + planned.runId(),
                    () -> ledger.planned(planned));
            if (transition.completedNow()) {
                throttle.forget(planned.runId());
                List<CompletableFuture<Void>> sends = new ArrayList<>();
                sends.add(events.status(RunStatusEvents.of(transition.progress())));
                sends.addAll(regressions.afterCompletion(planned.runId()));
                return sends;
            } else if (transition.progress().isTerminal()) {
                return List.of(); // a redelivered plan of an ended run: its end was announced once already
            }
            return List.of(events.status(RunStatusEvents.of(transition.progress())));
        }
        RunCancelled cancelled = (RunCancelled) event;
        Optional<RunProgress> progress = retry.call("recording RunCancelled " + cancelled.runId(),
                () -> ledger.cancelled(cancelled));
        progress.ifPresent(p -> throttle.forget(p.runId()));
        return progress.map(p -> List.of(events.status(RunStatusEvents.of(p)))).orElse(List.of());
    }
}
