package io.evalstream.scoring.imports;

import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.scoring.stream.AckedSend;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Writes an imported run to Kafka like item-service writes a live one: its {@code RunPlanned} on {@code eval-runs}
 * (acknowledged first, so the expected count is on the broker before any response), then every
 * {@code ResponseReceived} on {@code eval-responses} keyed by {@code runId:itemId}, in chunks whose acknowledgements
 * are awaited. The channels are named {@value #RUNS} and {@value #RESPONSES} (mapped to those topics in
 * application.properties) because this service already consumes channels named after the topics.
 */
@ApplicationScoped
public class ImportPublisher {
    public static final String RUNS = "imported-runs";
    public static final String RESPONSES = "imported-responses";
    /** Responses in flight at a time (the emitter's buffer is larger). */
    static final int CHUNK = 2_000;

    private final Emitter<String> runs;
    private final Emitter<String> responses;

    public ImportPublisher(@Channel(RUNS) Emitter<String> runs,
            @Channel(RESPONSES) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            Emitter<String> responses) {
        this.runs = runs;
        this.responses = responses;
    }

    public void publish(RunPlanned planned, List<ResponseReceived> imported, Duration timeout) {
        AckedSend.awaitAll(List.of(AckedSend.send(runs, EventCodec.encode(planned),
                OutgoingKafkaRecordMetadata.<String>builder().withKey(planned.runId()).build())), timeout);
        for (int from = 0; from < imported.size(); from += CHUNK) {
            List<CompletableFuture<Void>> sends = new ArrayList<>();
            for (ResponseReceived r : imported.subList(from, Math.min(imported.size(), from + CHUNK))) {
                sends.add(AckedSend.send(responses, EventCodec.encode(r),
                        OutgoingKafkaRecordMetadata.<String>builder().withKey(r.key()).build()));
            }
            AckedSend.awaitAll(sends, timeout);
        }
    }
}
