-- Watches: models subscribed to a dataset, evaluated on every item added later, in one open-ended run per watch
-- (run_id, a row of `run`). watch_item records every item id the watch has seen: the baseline present when it was
-- created (emitted = false) and every item evaluated since (emitted = true).
create table watch (
    id                varchar(40)  primary key,
    dataset           varchar(100) not null,
    run_id            varchar(40)  not null references run (id),
    expected_requests bigint       not null default 0,
    created_at        timestamptz  not null
);
create index watch_dataset_idx on watch (dataset);

create table watch_item (
    watch_id    varchar(40)  not null references watch (id) on delete cascade,
    external_id varchar(200) not null,
    emitted     boolean      not null,
    primary key (watch_id, external_id)
);
