-- Successful model answers by content (invariant 3, "nothing paid twice"), shared by every instance.
-- cache_key is CacheKey: SHA-256 hex of the canonical JSON of provider, base URL, model name, input, generation
-- parameters and sample index (never run id, request id or event id). Errors are never stored.
-- Rows are inserted with ON CONFLICT DO NOTHING: the first answer for a key wins and is never rewritten.
CREATE TABLE response_cache (
    cache_key     TEXT             PRIMARY KEY,
    provider      TEXT             NOT NULL,
    model_name    TEXT             NOT NULL,
    output        JSONB            NOT NULL,
    input_tokens  INTEGER,
    output_tokens INTEGER,
    cost_usd      DOUBLE PRECISION,
    created       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
