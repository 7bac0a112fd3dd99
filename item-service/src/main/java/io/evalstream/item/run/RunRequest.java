package io.evalstream.item.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.evalstream.item.arena.ArenaRequest;

import java.util.List;

/**
 * The body of {@code POST /api/runs}. {@code cache: false} makes inference-service neither read nor write the
 * shared response cache for the run's requests (a fresh measurement); {@code n} asks each call for that many
 * choices (needs the {@code n_multiple} capability). Optional fields are null when absent and get their defaults in
 * {@link RunRequestValidator}. Unknown fields are rejected ({@link #read}): a misspelt {@code permutation}
 * silently ignored would plan a different run than the one asked for.
 */
public record RunRequest(String suite, Integer version, List<String> models, String permutations, Integer samples,
        String readMode, List<String> scorers, Boolean cache, Integer n, ArenaRequest arena) {
    /** An ordinary run with default cache use and {@code n}. */
    public RunRequest(String suite, Integer version, List<String> models, String permutations, Integer samples,
            String readMode, List<String> scorers) {
        this(suite, version, models, permutations, samples, readMode, scorers, null, null, null);
    }

    /** An ordinary run (no arena). */
    public RunRequest(String suite, Integer version, List<String> models, String permutations, Integer samples,
            String readMode, List<String> scorers, Boolean cache, Integer n) {
        this(suite, version, models, permutations, samples, readMode, scorers, cache, n, null);
    }

    /** An arena run. */
    public RunRequest(String suite, Integer version, List<String> models, String permutations, Integer samples,
            String readMode, List<String> scorers, ArenaRequest arena) {
        this(suite, version, models, permutations, samples, readMode, scorers, null, null, arena);
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
