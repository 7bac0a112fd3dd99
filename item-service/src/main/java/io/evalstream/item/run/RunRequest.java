package io.evalstream.item.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.evalstream.item.arena.ArenaRequest;

import java.util.List;

/**
 * The body of {@code POST /api/runs}. Optional fields are null when absent and get their defaults in
 * {@link RunRequestValidator}. Unknown fields are rejected ({@link #read}): a misspelt {@code permutation}
 * silently ignored would plan a different run than the one asked for.
 */
public record RunRequest(String suite, Integer version, List<String> models, String permutations, Integer samples,
        String readMode, List<String> scorers, ArenaRequest arena) {
    /** An ordinary run (no arena). */
    public RunRequest(String suite, Integer version, List<String> models, String permutations, Integer samples,
            String readMode, List<String> scorers) {
        this(suite, version, models, permutations, samples, readMode, scorers, null);
    }

    /** A strict reader: the application's mapper ignores unknown fields, which is right everywhere but here. */
    private static final ObjectReader STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .readerFor(RunRequest.class);

    /**
     * Binds a JSON body; Jackson's exceptions carry the field path, which the problem mappers turn into
     * {@code errors[].field}.
     */
    public static RunRequest read(JsonNode body) throws JsonProcessingException {
        return body == null || body.isNull() ? null : STRICT.treeToValue(body, RunRequest.class);
    }
}
