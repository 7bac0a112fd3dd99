-- Built-in models answering dilemma items (MoralChoice) with known behaviour (inference-service's builtin provider,
-- DilemmaModels): dilemma-first-shown always picks the action shown first (position-biased), dilemma-common-sense
-- the common-sense action wherever it is shown (content-consistent), dilemma-refuser always refuses.
insert into model (id, provider, model_name, builtin) values
    ('builtin:dilemma-first-shown', 'builtin', 'dilemma-first-shown', true),
    ('builtin:dilemma-common-sense', 'builtin', 'dilemma-common-sense', true),
    ('builtin:dilemma-refuser', 'builtin', 'dilemma-refuser', true)
on conflict (id) do nothing;
