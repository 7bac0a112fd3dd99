-- Arena runs: the streaming join of contestants' answers into judge requests, and the judged battles.

-- The arena plan of a run (from RunPlanned.arena), as JSON.
CREATE TABLE arena_run (
    run_id     text PRIMARY KEY,
    plan       text        NOT NULL,
    planned_at timestamptz NOT NULL DEFAULT now()
);

-- One row per (run, item) with answers: the lock that serialises the join of one prompt (INSERT .. ON CONFLICT
-- DO UPDATE takes the row lock), so two concurrent batches can never both miss, or both claim, a ready pair.
CREATE TABLE arena_item (
    run_id  text NOT NULL,
    item_id text NOT NULL,
    touched timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, item_id)
);

-- Contestants' answers (OK or failed), with what the judge prompt needs.
CREATE TABLE arena_answer (
    run_id     text    NOT NULL,
    item_id    text    NOT NULL,
    model_id   text    NOT NULL,
    request_id text    NOT NULL,
    ok         boolean NOT NULL,
    answer     text,
    words      integer NOT NULL DEFAULT 0,
    prompt     text,
    reference  text,
    failure    text,
    PRIMARY KEY (run_id, item_id, model_id)
);

-- A scheduled pair whose two answers are in (model_a < model_b). PENDING until its judge requests were acknowledged
-- by the broker (then EMITTED); SKIPPED when an answer failed (its judge requests end as errors, never sent).
-- claimed_until is the lease of the batch sending them: others leave a claimed pair alone until it expires.
CREATE TABLE arena_pair (
    run_id        text NOT NULL,
    item_id       text NOT NULL,
    model_a       text NOT NULL,
    model_b       text NOT NULL,
    state         text NOT NULL,
    claimed_until timestamptz,
    emitted_at    timestamptz,
    PRIMARY KEY (run_id, item_id, model_a, model_b),
    CONSTRAINT arena_pair_state_check CHECK (state IN ('PENDING', 'EMITTED', 'SKIPPED'))
);
CREATE INDEX arena_pair_pending_idx ON arena_pair (claimed_until) WHERE state = 'PENDING';

-- One row per judge request: a game of a judge over (first, second) as displayed.
CREATE TABLE arena_battle (
    request_id    text PRIMARY KEY,
    run_id        text             NOT NULL,
    item_id       text             NOT NULL,
    judge_id      text             NOT NULL,
    model_first   text             NOT NULL,
    model_second  text             NOT NULL,
    status        text             NOT NULL,
    verdict       text,
    p_first       double precision,
    words_first   integer          NOT NULL DEFAULT 0,
    words_second  integer          NOT NULL DEFAULT 0,
    cost_usd      double precision NOT NULL DEFAULT 0,
    input_tokens  bigint           NOT NULL DEFAULT 0,
    output_tokens bigint           NOT NULL DEFAULT 0,
    explanation   text,
    created       timestamptz      NOT NULL DEFAULT now(),
    CONSTRAINT arena_battle_status_check CHECK (status IN ('JUDGED', 'UNPARSABLE', 'ERROR', 'SKIPPED'))
);
CREATE INDEX arena_battle_run_idx ON arena_battle (run_id, created);

-- Imported battle logs (model_a, model_b, winner, judge, time), one set per name, replaced whole on import.
CREATE TABLE arena_import (
    name       text    NOT NULL,
    line       integer NOT NULL,
    model_a    text    NOT NULL,
    model_b    text    NOT NULL,
    winner     text    NOT NULL,
    judge      text,
    question   text,
    battle_time timestamptz,
    PRIMARY KEY (name, line)
);
