package io.evalstream.scoring.imports;

import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.RunCancelled;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.scoring.stream.AckedSend;
import io.evalstream.scoring.stream.SendFailedException;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Writes an imported run to Kafka like item-service writes a live one: its {@code RunPlanned} on {@code eval-runs}
 * (acknowledged first, so the expected count is on the broker before any response), then every
 * {@code ResponseReceived} on {@code eval-responses} keyed by {@code runId:itemId}, in chunks whose acknowledgements
 * are awaited. The channels are named {@value #RUNS} and {@value #RESPONSES} (mapped to those topics in
 * application.properties) because this service already consumes channels named after the topics.
 *
 * <p>An import the broker stops acknowledging partway is withdrawn: a {@code RunCancelled} follows its plan, so the
 * run ends CANCELLED with the responses that did land instead of waiting RUNNING forever for the rest.
 */
@ApplicationScoped
public class ImportPublisher {
    private static final Logger LOG = Logger.getLogger(ImportPublisher.class);
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

    /**
     * Writes the plan, then the responses; throws {@link SendFailedException} if the broker did not acknowledge them
     * all, after withdrawing the run (its message says whether the withdrawal landed).
     */
    public void publish(RunPlanned planned, List<ResponseReceived> imported, Duration timeout) {
        try {
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
        } catch (SendFailedException failed) {
            throw withdraw(planned.runId(), failed, timeout);
        }
    }

    /** Cancels a run whose import did not fully land; a plan that never landed makes the cancellation a no-op. */
    private SendFailedException withdraw(String runId, SendFailedException failed, Duration timeout) {
        RunCancelled cancel = RunCancelled.of(runId, "the import was not fully written to the broker: "
                + failed.getMessage());
        try {
            AckedSend.awaitAll(List.of(AckedSend.send(runs, EventCodec.encode(cancel),
                    OutgoingKafkaRecordMetadata.<String>builder().withKey(runId).build())), timeout);
            return new SendFailedException(failed.getMessage() + "; the run was cancelled", failed);
        } catch (SendFailedException again) {
            LOG.warnf("run %s: import failed partway (%s) and cancelling it failed too (%s)", runId,
                    failed.getMessage(), again.getMessage());
            failed.addSuppressed(again);
            return new SendFailedException(failed.getMessage() + "; cancelling the run failed too (" + again.getMessage()
                    + "), so it may stay RUNNING", failed);
        }
    }
}
