-- Runs cancelled by RunCancelled on eval-runs: requests of such a run emitted before the cancellation are not
-- answered (no model call, no response). Kept so that a restarted instance still honours cancellations.
CREATE TABLE cancelled_run (
    run_id       text        PRIMARY KEY,
    cancelled_at timestamptz NOT NULL,
    reason       text
);
