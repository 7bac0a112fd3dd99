package io.evalstream.scoring.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Prometheus meters of the consumers: responses stored, redeliveries ignored, records dead-lettered, and the
 * time a batch takes from poll to acknowledgement (the service's throughput ceiling).
 */
@ApplicationScoped
public class ConsumerMetrics {
    private final Counter stored;
    private final Counter duplicates;
    private final Counter deadLettered;
    private final Timer batch;

    public ConsumerMetrics(MeterRegistry registry) {
        stored = Counter.builder("evalstream.scoring.responses").tag("outcome", "stored")
                .description("responses stored and counted").register(registry);
        duplicates = Counter.builder("evalstream.scoring.responses").tag("outcome", "duplicate")
                .description("redelivered responses that changed nothing").register(registry);
        deadLettered = Counter.builder("evalstream.scoring.responses").tag("outcome", "dead_letter")
                .description("records sent to a dead-letter topic").register(registry);
        batch = Timer.builder("evalstream.scoring.batch").description("time to score, store and publish a batch")
                .register(registry);
    }

    void stored(int count) {
        stored.increment(count);
    }

    void duplicates(int count) {
        duplicates.increment(count);
    }

    void deadLettered(int count) {
        deadLettered.increment(count);
    }

    Timer batch() {
        return batch;
    }
}
