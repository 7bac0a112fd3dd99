-- Regressions found when a run completed: a model scored significantly worse than in the previous completed run
-- of the same suite, compared item by item. One row per run, model and metric: re-checking a run is a no-op.
CREATE TABLE regression (
    seq             bigserial,
    run_id          text             NOT NULL,
    previous_run_id text             NOT NULL,
    suite           text             NOT NULL,
    model_id        text             NOT NULL,
    metric          text             NOT NULL,
    before_value    double precision NOT NULL,
    before_n        bigint           NOT NULL,
    after_value     double precision NOT NULL,
    after_n         bigint           NOT NULL,
    effect          double precision NOT NULL,
    p_value         double precision NOT NULL,
    test            text             NOT NULL,
    detected_at     timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, model_id, metric)
);
CREATE UNIQUE INDEX regression_seq_idx ON regression (seq);
CREATE INDEX regression_suite_model_idx ON regression (suite, model_id, detected_at DESC);
-- finding the previous completed run of a suite
CREATE INDEX run_progress_completed_idx ON run_progress (completed_at) WHERE state = 'COMPLETED';
