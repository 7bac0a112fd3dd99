-- The model registry gains a price (USD per million input / output tokens, from which inference-service computes
-- each response's cost), the endpoint's limits (held by all inference instances together), and the capabilities
-- the model declares (null: its provider's defaults). All nullable: null means unknown / not limited.
alter table model add column input_usd_per_million_tokens  double precision;
alter table model add column output_usd_per_million_tokens double precision;
alter table model add column max_concurrency               integer;
alter table model add column requests_per_minute           integer;
alter table model add column tokens_per_minute             integer;
alter table model add column capabilities                  text[];

-- the built-in models are free and can read label probabilities
update model set input_usd_per_million_tokens = 0, output_usd_per_million_tokens = 0 where builtin;
