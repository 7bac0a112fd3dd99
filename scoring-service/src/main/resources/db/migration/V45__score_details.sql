-- What a protocol's metrics need beyond the one number in `score` (Score.details): e.g. the label distribution of a
-- label-probability reading (PriDe, survey metrics) or the two log-likelihoods of a continuation pair. Nullable:
-- rows stored before this migration, and scorers with nothing to add, have none.
ALTER TABLE score ADD COLUMN details jsonb;
