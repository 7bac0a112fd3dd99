-- Calls made per run, model and terminal status: what inference-service did, including redeliveries
-- (a redelivered request is called again and counted again), for cost and load accounting.
-- One row per (run_id, model_id, status), upserted once per consumed batch.
CREATE TABLE model_call (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id           TEXT             NOT NULL,
    model_id         TEXT             NOT NULL,
    status           TEXT             NOT NULL,
    calls            BIGINT           NOT NULL,
    input_tokens     BIGINT           NOT NULL,
    output_tokens    BIGINT           NOT NULL,
    latency_ms_total BIGINT           NOT NULL,
    cost_usd         DOUBLE PRECISION NOT NULL,
    first_call_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_call_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT model_call_run_model_status UNIQUE (run_id, model_id, status)
);
