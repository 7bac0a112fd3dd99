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
 *
 * <p>Variant options (docs/architecture.md, "Variant plans"; all optional): {@code permutations} NONE, CYCLIC, FULL,
 * SAMPLED or {@code gold_at:j}; {@code permutationSamples} m for SAMPLED (default 4); {@code seed} for every seeded
 * choice (default 0); {@code debias: "pride"} with {@code calibrationShare} (default 0.05): PriDe's plan (all cyclic
 * shifts of a seeded calibration sample, the default order for the rest; needs LABEL_PROBS); {@code templates}
 * (zero-shot, few-shot, chain-of-thought; default zero-shot) with {@code fewShot} k exemplars (default 3);
 * {@code temperature} for repeated {@code samples}, each sample getting its own seed.
 */
public record RunRequest(String suite, Integer version, List<String> models, String permutations, Integer samples,
        String readMode, List<String> scorers, Boolean cache, Integer n, ArenaRequest arena, String debias,
        Double calibrationShare, Long seed, Integer permutationSamples, List<String> templates, Integer fewShot,
        Double temperature) {
    /** A run without variant options beyond permutations and samples. */
    public RunRequest(String suite, Integer version, List<String> models, String permutations, Integer samples,
            String readMode, List<String> scorers, Boolean cache, Integer n, ArenaRequest arena) {
        this(suite, version, models, permutations, samples, readMode, scorers, cache, n, arena, null, null, null, null,
                null, null, null);
    }

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
