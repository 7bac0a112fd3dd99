package io.evalstream.scoring.arena.join;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.Topics;
import io.evalstream.scoring.stream.AckedSend;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Sends judge requests to {@code eval-requests} with the item key ({@code runId:itemId}), so that the verdicts come
 * back on the partition of their prompt. Returns the broker's acknowledgements: the pairs are marked EMITTED and the
 * answers' batch acknowledged only after them.
 */
@ApplicationScoped
public class JudgeRequestPublisher {
    private final Emitter<String> requests;

    public JudgeRequestPublisher(@Channel(Topics.EVAL_REQUESTS)
            @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 8192) Emitter<String> requests) {
        this.requests = requests;
    }

    public List<CompletableFuture<Void>> send(List<EvaluationRequested> judgeRequests) {
        List<CompletableFuture<Void>> sends = new ArrayList<>(judgeRequests.size());
        for (EvaluationRequested request : judgeRequests) {
            sends.add(AckedSend.send(requests, EventCodec.encode(request),
                    OutgoingKafkaRecordMetadata.<String>builder().withKey(request.key()).build()));
        }
        return sends;
    }
}
