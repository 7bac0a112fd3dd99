package io.evalstream.item.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.evalstream.item.run.RunRequest;
import java.util.List;

/**
 * The body of {@code POST /api/watches}: the dataset to follow and how to evaluate its new items (the fields of
 * a run request, with {@code dataset} for {@code suite} and no version: a watch follows the latest one).
 */
public record WatchRequest(String dataset, List<String> models, String permutations, Integer samples,
        String readMode, List<String> scorers) {
    private static final ObjectReader STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readerFor(WatchRequest.class);

    public static WatchRequest read(JsonNode body) throws JsonProcessingException {
        return body == null || body.isNull() ? null : STRICT.treeToValue(body, WatchRequest.class);
    }

    RunRequest runRequest() {
        return new RunRequest(dataset, null, models, permutations, samples, readMode, scorers);
    }
}
