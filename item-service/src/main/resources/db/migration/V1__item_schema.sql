-- item-service schema: datasets (immutable versions) and their items, the model catalogue, runs.

create sequence dataset_seq increment by 1;

create table dataset (
    id           bigint       primary key,
    name         varchar(100) not null,
    version      integer      not null,
    content_hash char(64)     not null,
    item_count   integer      not null,
    created_at   timestamptz  not null,
    constraint dataset_name_version_uk unique (name, version)
);

-- items are written by a JDBC batch (DatasetStore), so the database assigns their ids
create table item (
    id          bigint       generated always as identity primary key,
    dataset_id  bigint       not null references dataset (id),
    external_id varchar(200) not null,
    kind        varchar(50)  not null,
    payload     text         not null,
    slices      text[]       not null,
    position    integer      not null,
    constraint item_dataset_external_id_uk unique (dataset_id, external_id),
    constraint item_dataset_position_uk unique (dataset_id, position)
);

create table model (
    id          varchar(200)  primary key,
    provider    varchar(100)  not null,
    base_url    varchar(1000),
    model_name  varchar(200),
    api_key_env varchar(200),
    builtin     boolean       not null default false,
    created_at  timestamptz   not null default now()
);

-- deterministic, network-free models served by inference-service (ARCHITECTURE.md, "Built-in models")
insert into model (id, provider, model_name, builtin) values
    ('builtin:oracle', 'builtin', 'oracle', true),
    ('builtin:random', 'builtin', 'random', true),
    ('builtin:first-option', 'builtin', 'first-option', true),
    ('builtin:always-true', 'builtin', 'always-true', true);

create table run (
    id                varchar(40)  primary key,
    suite             varchar(100) not null,
    suite_version     integer      not null,
    dataset_id        bigint       not null references dataset (id),
    models            text[]       not null,
    plan              text         not null,
    expected_requests bigint       not null,
    status            varchar(20)  not null,
    emit_attempts     integer      not null default 0,
    lease_until       timestamptz,
    last_error        text,
    created_at        timestamptz  not null,
    emitted_at        timestamptz
);

-- recovery looks only at runs still being planned
create index run_planning_idx on run (created_at) where status = 'PLANNING';
create index run_created_at_idx on run (created_at desc);
