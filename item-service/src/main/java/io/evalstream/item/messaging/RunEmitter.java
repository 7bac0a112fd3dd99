package io.evalstream.item.messaging;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.RunCancelled;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.Topics;
import io.evalstream.item.config.ItemConfig;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;

/**
 * Writes a run to Kafka: its {@code RunPlanned} on {@code eval-runs} (acknowledged first, so the run's expected
 * count is on the broker before any of its requests), then every {@code EvaluationRequested} on
 * {@code eval-requests}, keyed by {@code runId:itemId}. The call returns only when the broker has acknowledged
 * every record (acks=all), so "EMITTED" in the database means "durably on the broker".
 *
 * <p>The announcement goes through an ordinary emitter. The requests go straight to the channel's Kafka
 * producer, obtained from SmallRye's {@link KafkaClientService} and so configured by the channel's
 * {@code mp.messaging.outgoing.eval-requests.*} properties: profiling a 100,000-request run showed the
 * emitter's per-message machinery (Mutiny pipeline, context capture for each ack) costing about as much CPU as
 * building and encoding the requests. Records are sent without waiting for each ack, at most
 * {@code evalstream.item.emit.max-in-flight} unacknowledged at a time, and every ack is awaited at the end.
 * The requests emitter is injected although unused so that the channel stays wired and its producer exists.
 */
@ApplicationScoped
public class RunEmitter {
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final Emitter<String> runs;
    private final KafkaClientService clients;
    private final int maxInFlight;
    private final Duration ackTimeout;

    public RunEmitter(@Channel(Topics.EVAL_RUNS) Emitter<String> runs,
            @Channel(Topics.EVAL_REQUESTS) Emitter<String> requestsChannel, KafkaClientService clients,
            ItemConfig config) {
        this.runs = runs;
        this.clients = clients;
        this.maxInFlight = Math.max(1, config.emit().maxInFlight());
        this.ackTimeout = config.emit().ackTimeout();
    }

    /**
     * Emits the run and its requests and waits for every acknowledgement.
     *
     * @return the number of requests emitted
     * @throws EmissionException when any record was not acknowledged; some may have been written
     */
    public long emit(RunPlanned planned, Iterator<EvaluationRequested> plannedRequests) {
        InFlightWindow window = new InFlightWindow(maxInFlight, ackTimeout);
        window.acquire();
        announce(planned, window);
        window.awaitAll(planned.type());

        Producer<String, String> producer = clients.<String, String>getProducer(Topics.EVAL_REQUESTS).unwrap();
        long sent = 0;
        while (plannedRequests.hasNext() && !window.hasFailed()) {
            EvaluationRequested request = plannedRequests.next();
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.EVAL_REQUESTS, request.key(),
                    EventCodec.encode(request));
            window.acquire();
            try {
                producer.send(record, (metadata, failure) -> {
                    if (failure == null) {
                        window.acked();
                    } else {
                        window.failed(failure);
                    }
                });
            } catch (RuntimeException e) {
                window.failed(e);
            }
            sent++;
        }
        window.awaitAll(EvaluationRequested.TYPE);
        return sent;
    }

    /** Sends {@code RunCancelled} on {@code eval-runs} (key runId) and waits for the broker's acknowledgement. */
    public void cancel(RunCancelled cancelled) {
        InFlightWindow window = new InFlightWindow(1, ackTimeout);
        window.acquire();
        send(cancelled.runId(), EventCodec.encode(cancelled), window);
        window.awaitAll(cancelled.type());
    }

    private void announce(RunPlanned planned, InFlightWindow window) {
        send(planned.runId(), EventCodec.encode(planned), window);
    }

    private void send(String key, String payload, InFlightWindow window) {
        Metadata metadata = Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
        Message<String> message = Message.of(payload, metadata, () -> {
            window.acked();
            return DONE;
        }, failure -> {
            window.failed(failure);
            return DONE;
        });
        try {
            runs.send(message);
        } catch (RuntimeException e) {
            window.failed(e);
        }
    }
}
