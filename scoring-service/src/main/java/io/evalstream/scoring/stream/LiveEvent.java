package io.evalstream.scoring.stream;

/** One server-sent event: its name ({@code progress} or {@code metrics}) and the object sent as JSON data. */
public record LiveEvent(String name, Object data) {
    public static final String PROGRESS = "progress";
    public static final String METRICS = "metrics";
}
