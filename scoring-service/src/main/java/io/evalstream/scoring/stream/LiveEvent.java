package io.evalstream.scoring.stream;

/**
 * One server-sent event: its name ({@code progress}, {@code metrics} or {@code regression}) and the object sent
 * as JSON data.
 */
public record LiveEvent(String name, Object data) {
    public static final String PROGRESS = "progress";
    public static final String METRICS = "metrics";
    /** A regression detected after the stream started (data: {@link io.evalstream.scoring.regression.Regression}). */
    public static final String REGRESSION = "regression";
}
