-- Registered endpoint budgets held by all inference instances together (SharedBudgets).
-- endpoint_budget: one row per endpoint (base URL) with the limits last announced by a request's model; its row
-- lock serialises the rebalancing of that endpoint's shares.
CREATE TABLE endpoint_budget (
    endpoint            TEXT PRIMARY KEY,
    max_concurrency     INTEGER,
    requests_per_minute INTEGER,
    tokens_per_minute   INTEGER,
    updated             TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- endpoint_share: what each live instance holds of an endpoint's budgets; a lease renewed every refresh.
-- A row past expires_at belongs to an instance gone, and is deleted by the next rebalance of its endpoint.
CREATE TABLE endpoint_share (
    endpoint            TEXT             NOT NULL,
    instance_id         TEXT             NOT NULL,
    concurrency         INTEGER          NOT NULL,
    requests_per_minute DOUBLE PRECISION NOT NULL,
    tokens_per_minute   DOUBLE PRECISION NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (endpoint, instance_id)
);
