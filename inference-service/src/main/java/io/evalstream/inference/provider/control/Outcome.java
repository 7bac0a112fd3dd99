package io.evalstream.inference.provider.control;

/** How one attempt at an endpoint ended, as far as the endpoint's controls care. */
public enum Outcome {
    /** A 2xx answer. */
    SUCCESS,
    /** 429 or 503: the endpoint is past its limits; shrink. */
    OVERLOAD,
    /** A server failure, a timeout or a connection failure: counts towards opening the circuit. */
    FAILURE,
    /** Anything else (a 4xx the caller caused): the endpoint is up; neither grows nor shrinks the limit. */
    NEUTRAL
}
