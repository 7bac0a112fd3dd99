package io.evalstream.scoring.drilldown;

/** Responses of one model in a run that ended without an answer, by error kind (RATE_LIMITED, TIMEOUT, ...). */
public record ErrorKindCount(String modelId, String kind, long count) {
}
