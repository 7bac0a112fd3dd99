-- Built-in judges that judge by length only, deterministically (inference-service LengthJudges), so that
-- reward_pair and rating figures on them are known exactly: judge-longest prefers the answer with more words
-- (a tie when equal); rater-length rates an answer with its word count clamped to the scale.
insert into model (id, provider, model_name, builtin) values
    ('builtin:judge-longest', 'builtin', 'judge-longest', true),
    ('builtin:rater-length', 'builtin', 'rater-length', true)
on conflict (id) do nothing;
