package io.evalstream.inference.answer;

import io.evalstream.contracts.ErrorInfo;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.inference.provider.ModelCallException;
import java.util.concurrent.TimeoutException;

/**
 * Turns any failure of a model call into the request's terminal response (invariant 4): a
 * {@link ModelCallException} keeps its kind and attempts (UNSUPPORTED for unknown providers and models; kind
 * TIMEOUT gives status TIMEOUT), a timeout is
 * TIMEOUT, and anything else, a bug in a provider included, is ERROR of kind INTERNAL with the exception
 * named, so that it is counted and visible instead of lost.
 */
final class FailureResponses {
    static final String INTERNAL = "INTERNAL";
    static final String TIMEOUT = "TIMEOUT";

    private FailureResponses() {
    }

    static ResponseReceived of(EvaluationRequested request, Throwable failure, long latencyMs) {
        if (failure instanceof ModelCallException known) {
            // a provider that gave up retrying after timeouts reports TIMEOUT, like the answerer's own timer
            ResponseStatus status = TIMEOUT.equals(known.kind()) ? ResponseStatus.TIMEOUT : ResponseStatus.ERROR;
            return ResponseReceived.failed(request, status,
                    new ErrorInfo(known.kind(), known.httpStatus(), known.getMessage()), latencyMs, known.attempts());
        }
        if (failure instanceof TimeoutException || failure instanceof io.smallrye.mutiny.TimeoutException) {
            return ResponseReceived.failed(request, ResponseStatus.TIMEOUT,
                    new ErrorInfo(TIMEOUT, null, "no answer from " + request.model().id() + " within "
                            + latencyMs + " ms"), latencyMs, 1);
        }
        String message = "provider '" + request.model().provider() + "' failed on " + request.model().id() + ": "
                + failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return ResponseReceived.failed(request, ResponseStatus.ERROR, new ErrorInfo(INTERNAL, null, message),
                latencyMs, 1);
    }
}
