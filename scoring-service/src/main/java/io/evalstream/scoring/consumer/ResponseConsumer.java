package io.evalstream.scoring.consumer;

import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.Topics;
import io.evalstream.scoring.arena.join.ArenaJoin;
import io.evalstream.scoring.config.ScoringConfig;
import io.evalstream.scoring.dlq.DeadLetterPublisher;
import io.evalstream.scoring.regression.RegressionCheck;
import io.evalstream.scoring.scorer.ScoredResponse;
import io.evalstream.scoring.scorer.ScoringEngine;
import io.evalstream.scoring.store.BatchOutcome;
import io.evalstream.scoring.store.RunProgress;
import io.evalstream.scoring.store.ScoreRow;
import io.evalstream.scoring.store.ScoreWriter;
import io.evalstream.scoring.stream.AckedSend;
import io.evalstream.scoring.stream.DerivedEventPublisher;
import io.evalstream.scoring.stream.ProgressThrottle;
import io.evalstream.scoring.stream.RunStatusEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code eval-responses} a poll at a time (up to {@code max.poll.records}): decode each record, score
 * it, store the batch in one transaction, publish the derived events, then acknowledge the batch.
 *
 * <p>Each record is decoded on its own, so a poison record is dead-lettered with its reason and skipped while
 * its batch-mates are scored: it never blocks the partition. If storing fails after the retries, the batch is
 * nacked and the channel's {@code dead-letter-queue} failure strategy takes over.
 */
@ApplicationScoped
public class ResponseConsumer {
    /** Worker pool of response batches; its size bounds the batches in flight (and so memory). */
    public static final String WORKER_POOL = "scoring-batches";

    private static final Logger LOG = Logger.getLogger(ResponseConsumer.class);

    private final ScoringEngine engine;
    private final ScoreWriter writer;
    private final StoreRetry retry;
    private final DeadLetterPublisher deadLetters;
    private final DerivedEventPublisher events;
    private final ProgressThrottle throttle;
    private final ScoringConfig config;
    private final ConsumerMetrics metrics;
    private final RegressionCheck regressions;
    private final ArenaJoin arena;

    public ResponseConsumer(ScoringEngine engine, ScoreWriter writer, StoreRetry retry,
            DeadLetterPublisher deadLetters, DerivedEventPublisher events, ProgressThrottle throttle,
            ScoringConfig config, ConsumerMetrics metrics, RegressionCheck regressions, ArenaJoin arena) {
        this.regressions = regressions;
        this.engine = engine;
        this.writer = writer;
        this.retry = retry;
        this.deadLetters = deadLetters;
        this.events = events;
        this.throttle = throttle;
        this.config = config;
        this.metrics = metrics;
        this.arena = arena;
    }

    /**
     * Blocking because storing is JDBC, which must run on a worker thread (never on the Kafka polling thread or
     * an event loop). Not ordered, on the bounded {@value #WORKER_POOL} pool
     * ({@code smallrye.messaging.worker.scoring-batches.max-concurrency}, 2 by default): one batch's CPU work
     * overlaps the previous one's commit and broker acknowledgements. Order does not matter to the result, since
     * inserts are idempotent per request id and aggregates are sums, and the connector commits offsets only up to
     * the lowest batch not yet acknowledged.
     *
     * <p>The transaction is {@link ScoreWriter#write}'s, not this method's, on purpose: the derived events must
     * be sent after the commit, and the batch acknowledged only after the broker has acknowledged them.
     */
    @Incoming(Topics.EVAL_RESPONSES)
    @Blocking(value = WORKER_POOL, ordered = false)
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        try {
            metrics.batch().record(() -> process(batch.getRecords()));
            return batch.ack();
        } catch (RuntimeException e) {
            LOG.errorf(e, "batch of %d responses failed; handing it to the failure strategy",
                    batch.getRecords().size());
            return batch.nack(e);
        }
    }

    private void process(List<KafkaRecord<String, String>> records) {
        long started = System.nanoTime();
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        List<ScoredResponse> scored = new ArrayList<>(records.size());
        for (KafkaRecord<String, String> record : records) {
            ResponseReceived response;
            try {
                response = EventCodec.decode(record.getPayload(), ResponseReceived.class);
            } catch (RuntimeException e) {
                LOG.warnf("dead-lettering %s-%d: %s", record.getTopic(), record.getPartition(), e.getMessage());
                sends.add(deadLetters.publish(Topics.EVAL_RESPONSES, record, e));
                continue;
            }
            scored.add(engine.score(response));
        }
        metrics.deadLettered(records.size() - scored.size());

        List<ScoreRow> rows = scored.stream().map(ScoreRow::of).toList();
        long scoredAt = System.nanoTime();
        // Arena verdicts become battles before the scores are stored, so a run seen COMPLETED has all its battles
        arena.storeVerdicts(scored);
        BatchOutcome outcome = retry.call("storing " + rows.size() + " scores", () -> writer.write(rows));
        long storedAt = System.nanoTime();
        metrics.stored(outcome.inserted().size());
        metrics.duplicates(rows.size() - outcome.inserted().size());

        // Arena runs: join answers into judge requests (after the answers' scores are stored)
        ArenaJoin.Step arenaStep = arena.afterScoring(scored);
        sends.addAll(arenaStep.sends());

        // Every row of the batch exists now (new, or stored before): publish a score for each.
        sends.addAll(events.scores(scored));
        Set<String> completed = outcome.completed().stream().map(RunProgress::runId)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        java.util.Map<String, RunProgress> moved = new java.util.LinkedHashMap<>(outcome.progress());
        BatchOutcome ended = arenaStep.outcome().ended();
        moved.putAll(ended.progress());
        ended.completed().forEach(run -> {
            completed.add(run.runId());
            moved.put(run.runId(), run);
        });
        for (RunProgress progress : moved.values()) {
            if (completed.contains(progress.runId())) {
                throttle.forget(progress.runId());
                sends.add(events.status(RunStatusEvents.of(progress)));
                sends.addAll(regressions.afterCompletion(progress.runId()));
            } else if (!progress.isTerminal() && throttle.tryAcquire(progress.runId())) {
                sends.add(events.status(RunStatusEvents.of(progress)));
            }
        }
        AckedSend.awaitAll(sends, config.sendTimeout());
        arena.acknowledged(arenaStep);
        if (LOG.isDebugEnabled()) {
            LOG.debugf("batch of %d: %d new; decode+score %d ms, store %d ms, publish %d ms", records.size(),
                    outcome.inserted().size(), (scoredAt - started) / 1_000_000, (storedAt - scoredAt) / 1_000_000,
                    (System.nanoTime() - storedAt) / 1_000_000);
        }
    }
}
