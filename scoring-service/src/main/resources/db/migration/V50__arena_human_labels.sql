-- Human verdicts on an arena run's own pairs (issue 6): one row per (run, prompt, canonical pair, labeler); the pair
-- is stored canonically (model_a < model_b) with the winner turned to match. Compared with the judges' order-averaged
-- verdicts in the judge audit (Cohen's kappa and raw agreement).
CREATE TABLE arena_human_label (
    run_id   text        NOT NULL,
    item_id  text        NOT NULL,
    model_a  text        NOT NULL,
    model_b  text        NOT NULL,
    labeler  text        NOT NULL,
    winner   text        NOT NULL CHECK (winner IN ('A', 'B', 'TIE')),
    created  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, item_id, model_a, model_b, labeler)
);
