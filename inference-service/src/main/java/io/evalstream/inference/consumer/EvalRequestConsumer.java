package io.evalstream.inference.consumer;

import io.evalstream.contracts.Topics;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The {@code eval-requests} channel (batches of up to {@code max.poll.records} String records; failure
 * strategy {@code dead-letter-queue}). Acknowledges a batch itself, and only after
 * {@link RequestBatchProcessor} reports every response acknowledged by the broker, so that committed offsets
 * never run ahead of written responses. Not {@code @Blocking}: the processing is asynchronous, and built-in
 * models answer in microseconds on the consumer's event loop.
 */
@ApplicationScoped
public class EvalRequestConsumer {
    private static final Logger LOG = Logger.getLogger(EvalRequestConsumer.class);

    private final RequestBatchProcessor processor;

    public EvalRequestConsumer(RequestBatchProcessor processor) {
        this.processor = processor;
    }

    @Incoming(Topics.EVAL_REQUESTS)
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<InboundRecord> records = batch.getRecords().stream().map(InboundRecord::from).toList();
        return Uni.createFrom().deferred(() -> processor.process(records))
                .emitOn(batch::runOnMessageContext)
                .onItem().transformToUni(outcome -> {
                    LOG.debugf("batch of %d: %d answered, %d dead-lettered", records.size(), outcome.answered(),
                            outcome.deadLettered());
                    return Uni.createFrom().completionStage(batch.ack());
                })
                .onFailure().recoverWithUni(failure -> {
                    LOG.errorf(failure, "batch of %d records failed; nacking it to the dead-letter topic", records.size());
                    return Uni.createFrom().completionStage(batch.nack(failure));
                });
    }
}
