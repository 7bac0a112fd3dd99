package io.evalstream.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * Every event on the wire: {@code schema} (contract version), {@code type} (stable wire name, independent of
 * the Java class name), {@code id} (unique per emission) and {@code occurredAt}. Adding a field is compatible;
 * renaming or removing one bumps {@link #CURRENT_SCHEMA}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RunPlanned.class, name = RunPlanned.TYPE),
        @JsonSubTypes.Type(value = RunCancelled.class, name = RunCancelled.TYPE),
        @JsonSubTypes.Type(value = EvaluationRequested.class, name = EvaluationRequested.TYPE),
        @JsonSubTypes.Type(value = ResponseReceived.class, name = ResponseReceived.TYPE),
        @JsonSubTypes.Type(value = SampleScored.class, name = SampleScored.TYPE),
        @JsonSubTypes.Type(value = RunStatusChanged.class, name = RunStatusChanged.TYPE),
        @JsonSubTypes.Type(value = RegressionDetected.class, name = RegressionDetected.TYPE)
})
public sealed interface Event
        permits RunPlanned, RunCancelled, EvaluationRequested, ResponseReceived, SampleScored, RunStatusChanged,
        RegressionDetected {

    /** The contract version this code writes and the only one it accepts. */
    int CURRENT_SCHEMA = 1;

    int schema();

    String id();

    Instant occurredAt();

    /** The wire name, as written in the {@code type} field. */
    @JsonIgnore
    String type();
}
