package io.evalstream.scoring.stream;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Sends a record through an emitter and exposes the broker's acknowledgement as a future. Consumers wait for
 * every acknowledgement of a batch before acknowledging the batch itself: the offsets are committed only once
 * the derived events are durable, so a crash replays the batch instead of losing them. Never fire-and-forget.
 */
public final class AckedSend {
    private AckedSend() {
    }

    public static CompletableFuture<Void> send(Emitter<String> emitter, String payload,
            OutgoingKafkaRecordMetadata<String> kafka) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        Message<String> message = Message.of(payload, Metadata.of(kafka),
                () -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                reason -> {
                    acknowledged.completeExceptionally(reason);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }

    /** Waits until every send is acknowledged; fails on the first rejection or when {@code timeout} passes. */
    public static void awaitAll(Collection<CompletableFuture<Void>> sends, Duration timeout) {
        if (sends.isEmpty()) {
            return;
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new SendFailedException("the broker rejected a derived event: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new SendFailedException("derived events not acknowledged within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailedException("interrupted while waiting for acknowledgements", e);
        }
    }
}
