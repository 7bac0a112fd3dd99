package io.evalstream.inference.answer;

import io.evalstream.contracts.ErrorInfo;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.inference.provider.ModelCallException;
import java.util.concurrent.TimeoutException;

/**
 * Turns any failure of a model call into the request's terminal response (invariant 4): a
 * {@link ModelCallException} keeps its kind (UNSUPPORTED for unknown providers and models), a timeout is
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
            return ResponseReceived.failed(request, ResponseStatus.ERROR,
                    new ErrorInfo(known.kind(), known.httpStatus(), known.getMessage()), latencyMs, 1);
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
