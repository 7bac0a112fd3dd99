-- Built-in arena contestants of known quality and judges with known biases (inference-service's builtin
-- provider). A contestant arena-q<n> writes answers of quality n out of 10 and signs them, so that the truth is
-- checkable; arena-q3-verbose is weak but long-winded (for length bias). judge-self:arena-q4 favours the answers
-- of arena-q4 (for self-preference).
insert into model (id, provider, model_name, builtin) values
    ('builtin:arena-q2', 'builtin', 'arena-q2', true),
    ('builtin:arena-q4', 'builtin', 'arena-q4', true),
    ('builtin:arena-q6', 'builtin', 'arena-q6', true),
    ('builtin:arena-q8', 'builtin', 'arena-q8', true),
    ('builtin:arena-q3-verbose', 'builtin', 'arena-q3-verbose', true),
    ('builtin:judge-fair', 'builtin', 'judge-fair', true),
    ('builtin:judge-first', 'builtin', 'judge-first', true),
    ('builtin:judge-longer', 'builtin', 'judge-longer', true),
    ('builtin:judge-self:arena-q4', 'builtin', 'judge-self:arena-q4', true)
on conflict (id) do nothing;
