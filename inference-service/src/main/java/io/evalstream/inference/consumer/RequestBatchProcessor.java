package io.evalstream.inference.consumer;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.inference.answer.RequestAnswerer;
import io.evalstream.inference.cache.CacheLookup;
import io.evalstream.inference.cancel.CancelledRuns;
import io.evalstream.inference.provider.CallGate;
import io.evalstream.inference.cache.CachedAnswer;
import io.evalstream.inference.cache.ResponseCache;
import io.evalstream.inference.dlq.DeadLetterPublisher;
import io.evalstream.inference.metrics.InferenceMetrics;
import io.evalstream.inference.publish.ResponsePublisher;
import io.evalstream.inference.stats.CallTally;
import io.evalstream.inference.stats.ModelCallRecorder;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Handles one consumed batch of {@code eval-requests} records:
 * <ol>
 * <li>decodes every record; one that is not a valid {@link EvaluationRequested} (an
 * {@link io.evalstream.contracts.EventDecodingException} names why) goes to the dead-letter
 * topic and is skipped, so that it never fails its batch-mates nor blocks its partition;</li>
 * <li>looks up the keys of the requests to providers doing I/O in the shared response cache, in one query on a
 * worker thread (skipped when there are none: built-in models never touch the cache), and answers the hits from
 * it ({@code cached=true}, cost 0, attempts 0);</li>
 * <li>answers the others through their providers, at most {@code max-concurrency} at a time over the whole
 * instance and in arrival order ({@link AnswerSlots}), and sends each response as soon as it exists (no
 * per-record round trip is awaited on the way);</li>
 * <li>then waits, once for the whole batch, until the broker has acknowledged every response and dead letter;
 * only then does the returned {@link Uni} complete, and the consumer acknowledge the batch (at-least-once);</li>
 * <li>meanwhile (overlapping that wait, not after it) adds the batch's call counts to {@code model_call}, on a
 * worker thread: batches of one channel run one after another, so every wait in series costs throughput; and
 * stores the misses' OK answers in the cache, likewise (errors are never cached).</li>
 * </ol>
 * Requests of a run cancelled after they were emitted ({@link CancelledRuns}) are skipped: no call, no response.
 * The Uni fails only when a send fails; the consumer then nacks the batch.
 */
@ApplicationScoped
public class RequestBatchProcessor {
    private static final Logger LOG = Logger.getLogger(RequestBatchProcessor.class);

    private final RequestAnswerer answerer;
    private final ResponsePublisher responses;
    private final DeadLetterPublisher deadLetters;
    private final ModelCallRecorder recorder;
    private final ResponseCache cache;
    private final InferenceMetrics metrics;
    private final AnswerSlots slots;
    private final CancelledRuns cancelled;

    public RequestBatchProcessor(RequestAnswerer answerer, ResponsePublisher responses,
            DeadLetterPublisher deadLetters, ModelCallRecorder recorder, ResponseCache cache,
            InferenceMetrics metrics, AnswerSlots slots, CancelledRuns cancelled) {
        this.cancelled = cancelled;
        this.answerer = answerer;
        this.responses = responses;
        this.deadLetters = deadLetters;
        this.recorder = recorder;
        this.cache = cache;
        this.metrics = metrics;
        this.slots = slots;
    }

    public Uni<BatchOutcome> process(List<InboundRecord> records) {
        List<EvaluationRequested> requests = new ArrayList<>(records.size());
        List<CompletableFuture<Void>> deadLetterAcks = new ArrayList<>();
        for (InboundRecord record : records) {
            try {
                requests.add(EventCodec.decode(record.value(), EvaluationRequested.class));
            } catch (RuntimeException e) {
                // EventDecodingException names the fault; anything else thrown while decoding is as poisonous.
                metrics.deadLettered();
                deadLetterAcks.add(deadLetters.publish(record, e).subscribeAsCompletionStage());
            }
        }
        metrics.inFlight(requests.size());
        return cache.lookup(requests)
                .onItem().transformToUni(found -> answerAll(requests, found)
                        .call(sent -> {
                            List<ResponseReceived> answered = sent.stream().map(Sent::response).toList();
                            return Uni.combine().all()
                                    .unis(allAcknowledged(sent, deadLetterAcks), recordCalls(answered),
                                            cache.store(found, answered))
                                    .collectFailures().discardItems();
                        }))
                .map(sent -> new BatchOutcome(sent.size(), deadLetterAcks.size()))
                .onTermination().invoke(() -> metrics.inFlight(-requests.size()));
    }

    /**
     * Answers every request once {@link AnswerSlots} gives it a turn and sends each response as it comes; completes
     * with what was sent, in the requests' order, when the last one has been answered.
     */
    private Uni<List<Sent>> answerAll(List<EvaluationRequested> requests, CacheLookup found) {
        if (requests.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.createFrom().emitter(emitter -> {
            Sent[] sent = new Sent[requests.size()];
            AtomicInteger left = new AtomicInteger(requests.size());
            for (int i = 0; i < requests.size(); i++) {
                int index = i;
                EvaluationRequested request = requests.get(i);
                slots.submit(() -> answerUnlessCancelled(request, found).subscribe().with(answered -> {
                    answered.ifPresent(response ->
                            sent[index] = new Sent(response, responses.publish(response).subscribeAsCompletionStage()));
                    slots.release();
                    if (left.decrementAndGet() == 0) {
                        emitter.complete(Arrays.stream(sent).filter(Objects::nonNull).toList());
                    }
                }, failure -> {
                    slots.release();
                    emitter.fail(failure); // the answerer never fails; should it, the batch is nacked
                }));
            }
        });
    }

    /**
     * Nothing for a request whose run was cancelled after it was emitted (checked when its turn comes, so a
     * request waiting for a concurrency slot is skipped too): no model call and no response.
     */
    private Uni<Optional<ResponseReceived>> answerUnlessCancelled(EvaluationRequested request, CacheLookup found) {
        if (cancelled.isCancelled(request)) {
            metrics.skippedCancelled();
            return Uni.createFrom().item(Optional.empty());
        }
        return answer(request, found).map(response -> {
            if (response.error() != null && CallGate.CANCELLED.equals(response.error().kind())) {
                metrics.skippedCancelled(); // cancelled while it waited for a permit: still no response
                return Optional.<ResponseReceived>empty();
            }
            return Optional.of(response);
        });
    }

    /** From the cache when {@code found} holds its answer, otherwise from its provider. */
    private Uni<ResponseReceived> answer(EvaluationRequested request, CacheLookup found) {
        CachedAnswer hit = found.hit(request);
        if (hit == null) {
            return answerer.answer(request);
        }
        ResponseReceived response = ResponseReceived.ok(request, hit.output(), hit.usage(), 0.0, found.latencyMs(),
                true, 0);
        metrics.responded(response);
        return Uni.createFrom().item(response);
    }

    /** Completes when the broker has acknowledged every record; fails (after all settle) if any send failed. */
    private static Uni<Void> allAcknowledged(List<Sent> sent, List<CompletableFuture<Void>> deadLetterAcks) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(deadLetterAcks);
        sent.forEach(one -> acks.add(one.ack()));
        return Uni.createFrom().completionStage(CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)));
    }

    /** A response whose record is on its way to the broker, and the acknowledgement of that record. */
    private record Sent(ResponseReceived response, CompletableFuture<Void> ack) {
    }

    /**
     * Statistics must not cost responses: a database outage is logged and the batch still acknowledged, since
     * its responses are already written and redelivering them would only duplicate work.
     */
    private Uni<Void> recordCalls(List<ResponseReceived> answered) {
        if (answered.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<CallTally> tallies = CallTally.of(answered);
        return Uni.createFrom().item(() -> {
                    recorder.record(tallies);
                    return (Void) null;
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf(failure, "could not record %d model call tallies", tallies.size());
                    return null;
                });
    }
}
