-- Single-rating arenas (template single-v1): one row per judge request id (a judge's 1-10 rating of one contestant's
-- answer to one prompt); ON CONFLICT DO NOTHING makes a redelivered verdict a no-op.
CREATE TABLE arena_rating (
    request_id    text PRIMARY KEY,
    run_id        text             NOT NULL,
    item_id       text             NOT NULL,
    judge_id      text             NOT NULL,
    model_id      text             NOT NULL,
    status        text             NOT NULL CHECK (status IN ('RATED', 'UNPARSABLE', 'ERROR')),
    rating        double precision,
    words         integer          NOT NULL DEFAULT 0,
    cost_usd      double precision NOT NULL DEFAULT 0,
    input_tokens  bigint           NOT NULL DEFAULT 0,
    output_tokens bigint           NOT NULL DEFAULT 0,
    created       timestamptz      NOT NULL DEFAULT now()
);
CREATE INDEX arena_rating_run ON arena_rating (run_id);
