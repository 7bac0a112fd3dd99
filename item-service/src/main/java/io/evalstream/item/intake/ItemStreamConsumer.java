package io.evalstream.item.intake;

import io.evalstream.contracts.Topics;
import io.evalstream.item.dataset.AppendResult;
import io.evalstream.item.dataset.DatasetService;
import io.evalstream.item.kind.ParsedItem;
import io.evalstream.item.watch.WatchService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code eval-items} a poll at a time: each record is validated on its own (a bad one is dead-lettered
 * with its reason and never blocks the partition); the valid items of a batch are appended to their datasets,
 * one new version per dataset per batch (not per item); items whose id the dataset holds with different content
 * are dead-lettered too; then the datasets' watches evaluate what is new. The batch is acknowledged after the
 * dead letters are. A redelivered item is identical to the stored one and is skipped, so nothing counts twice.
 */
@ApplicationScoped
public class ItemStreamConsumer {
    private static final Logger LOG = Logger.getLogger(ItemStreamConsumer.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

    private final DatasetService datasets;
    private final WatchService watches;
    private final DeadLetterPublisher deadLetters;

    public ItemStreamConsumer(DatasetService datasets, WatchService watches, DeadLetterPublisher deadLetters) {
        this.datasets = datasets;
        this.watches = watches;
        this.deadLetters = deadLetters;
    }

    @Incoming(Topics.EVAL_ITEMS)
    @Blocking
    public java.util.concurrent.CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        try {
            process(batch.getRecords());
            return batch.ack();
        } catch (RuntimeException e) {
            LOG.errorf(e, "batch of %d streamed items failed; handing it to the failure strategy",
                    batch.getRecords().size());
            return batch.nack(e);
        }
    }

    private void process(List<KafkaRecord<String, String>> records) {
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        Map<String, Map<String, KafkaRecord<String, String>>> sources = new LinkedHashMap<>();
        Map<String, List<ParsedItem<?>>> byDataset = new LinkedHashMap<>();
        for (KafkaRecord<String, String> record : records) {
            try {
                StreamedItem streamed = StreamedItem.parse(record.getPayload(), datasets);
                byDataset.computeIfAbsent(streamed.dataset(), d -> new ArrayList<>()).add(streamed.item());
                sources.computeIfAbsent(streamed.dataset(), d -> new LinkedHashMap<>())
                        .putIfAbsent(streamed.item().id(), record);
            } catch (RuntimeException e) {
                LOG.warnf("dead-lettering %s-%d: %s", record.getTopic(), record.getPartition(), e.getMessage());
                sends.add(deadLetters.publish(record, e.getMessage()));
            }
        }
        for (Map.Entry<String, List<ParsedItem<?>>> entry : byDataset.entrySet()) {
            AppendResult result = datasets.append(entry.getKey(), entry.getValue());
            for (String conflict : result.conflicts()) {
                sends.add(deadLetters.publish(sources.get(entry.getKey()).get(conflict), "item.id: dataset '"
                        + entry.getKey() + "' already holds a different item '" + conflict + "'"));
            }
            if (result.added() > 0) {
                LOG.infof("dataset %s: %d streamed items appended as version %d", entry.getKey(), result.added(),
                        result.dataset().version());
            }
            watches.datasetChanged(entry.getKey());
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("dead letters not acknowledged: " + e, e);
        }
    }
}
