package io.evalstream.inference.provider;

import io.evalstream.contracts.EvaluationRequested;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * A family of models reached the same way (the built-in models, an OpenAI-compatible endpoint, ...), named
 * by {@link io.evalstream.contracts.ModelRef#provider()}. Adding a provider is one class implementing this
 * interface as an {@code @ApplicationScoped} bean: {@link ProviderRegistry} finds it by {@link #name()}.
 *
 * <p>Calls are asynchronous ({@link Uni}) so that an HTTP client's non-blocking response fits without a
 * thread per call. A call either yields a {@link ModelResult} or fails; the caller turns every failure into a
 * terminal ERROR or TIMEOUT response, so a provider never has to. Throwing {@link ModelCallException}
 * names the error kind; any other exception is reported as INTERNAL.
 */
public interface ModelProvider {

    /** The provider name requests use in {@code model.provider}, e.g. {@code builtin}. */
    String name();

    /**
     * Calls the model named by {@code request.model()}. Must not block the calling thread: it may be a Kafka
     * consumer's event loop.
     */
    Uni<ModelResult> call(EvaluationRequested request);

    /** The model names this provider knows, for the admin endpoint; empty when it accepts any name. */
    default List<String> models() {
        return List.of();
    }

    /** What this provider can read from its models besides text (see {@link ProviderCapabilities}). */
    default ProviderCapabilities capabilities() {
        return ProviderCapabilities.textOnly();
    }

    /**
     * Whether calls complete in-process without I/O. Such calls are not guarded by a timeout timer: arming and
     * cancelling one timer per request would cost more than the call itself at thousands of requests a second.
     */
    default boolean inProcess() {
        return false;
    }
}
