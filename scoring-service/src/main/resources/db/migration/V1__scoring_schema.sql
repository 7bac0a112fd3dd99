-- scoring-service schema. Flyway runs this with the search path set to the `scoring` schema.

-- What eval-runs told us about a run (RunPlanned). Written by RunLedger through Panache.
CREATE TABLE run (
    run_id            text PRIMARY KEY,
    suite             text        NOT NULL,
    suite_version     integer     NOT NULL,
    models            text[]      NOT NULL,
    permutations      text,
    samples           integer,
    read_mode         text,
    template          text,
    scorers           text[]      NOT NULL DEFAULT '{}',
    expected_requests bigint      NOT NULL,
    planned_at        timestamptz NOT NULL,
    cancelled_at      timestamptz,
    cancel_reason     text
);
CREATE INDEX run_suite_idx ON run (suite, planned_at DESC);

-- Progress per run. Exists as soon as either the plan or the first response arrives; `planned` stays NULL
-- until RunPlanned. `received` counts newly stored terminal responses only (a redelivery adds nothing).
CREATE TABLE run_progress (
    run_id       text PRIMARY KEY,
    planned      bigint,
    received     bigint      NOT NULL DEFAULT 0,
    errors       bigint      NOT NULL DEFAULT 0,
    state        text        NOT NULL,
    created      timestamptz NOT NULL DEFAULT now(),
    updated      timestamptz NOT NULL DEFAULT now(),
    completed_at timestamptz,
    CONSTRAINT run_progress_state_check
        CHECK (state IN ('PLANNED', 'RUNNING', 'COMPLETED', 'CANCELLED', 'FAILED'))
);
CREATE INDEX run_progress_updated_idx ON run_progress (updated DESC);

-- One row per request id: the primary key is what makes a redelivered response a no-op (invariant 2).
CREATE TABLE score (
    request_id    text PRIMARY KEY,
    run_id        text        NOT NULL,
    model_id      text        NOT NULL,
    item_id       text        NOT NULL,
    variant_id    text        NOT NULL,
    sample        integer     NOT NULL,
    status        text        NOT NULL,
    value         text        NOT NULL,
    score         double precision,
    answer        text,
    reference     text,
    slices        text[]      NOT NULL DEFAULT '{}',
    scorer        text        NOT NULL,
    filter        text,
    explanation   text,
    latency_ms    bigint,
    cost_usd      double precision,
    input_tokens  integer,
    output_tokens integer,
    created       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX score_run_item_idx ON score (run_id, item_id, model_id, variant_id, sample);

-- Incremental sums per run x model x slice x metric, updated in the transaction that inserts the score rows.
CREATE TABLE metric_aggregate (
    run_id         text             NOT NULL,
    model_id       text             NOT NULL,
    slice          text             NOT NULL,
    metric         text             NOT NULL,
    scorer         text,
    filter         text,
    n_total        bigint           NOT NULL DEFAULT 0,
    n_scored       bigint           NOT NULL DEFAULT 0,
    correct        bigint           NOT NULL DEFAULT 0,
    sum            double precision NOT NULL DEFAULT 0,
    sum_sq         double precision NOT NULL DEFAULT 0,
    unscored       bigint           NOT NULL DEFAULT 0,
    errors         bigint           NOT NULL DEFAULT 0,
    latency_ms_sum bigint           NOT NULL DEFAULT 0,
    cost_usd_sum   double precision NOT NULL DEFAULT 0,
    input_tokens   bigint           NOT NULL DEFAULT 0,
    output_tokens  bigint           NOT NULL DEFAULT 0,
    updated        timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, model_id, slice, metric)
);
