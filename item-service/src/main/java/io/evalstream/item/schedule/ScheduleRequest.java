package io.evalstream.item.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.evalstream.item.run.RunRequest;
import java.util.List;

/**
 * The body of {@code POST /api/schedules}: a cron expression and the fields of a run request. Without
 * {@code version} every run takes the suite's latest version at the time it starts. Unknown fields are refused,
 * as for runs.
 */
public record ScheduleRequest(String cron, String suite, Integer version, List<String> models, String permutations,
        Integer samples, String readMode, List<String> scorers) {
    private static final ObjectReader STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readerFor(ScheduleRequest.class);

    public static ScheduleRequest read(JsonNode body) throws JsonProcessingException {
        return body == null || body.isNull() ? null : STRICT.treeToValue(body, ScheduleRequest.class);
    }

    public RunRequest runRequest() {
        return new RunRequest(suite, version, models, permutations, samples, readMode, scorers);
    }
}
