package io.evalstream.scoring.scorer;

import io.evalstream.contracts.ResponseReceived;

/** A response with the score it got and the name of the scorer that gave it. */
public record ScoredResponse(ResponseReceived response, String scorer, Score score) {
}
