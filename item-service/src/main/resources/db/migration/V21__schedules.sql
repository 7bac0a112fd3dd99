-- Schedules: cron-style runs of a suite against models. `request` is the run request (POST /api/runs body) as
-- JSON; `next_due` is when the schedule fires next (UTC). Every run a schedule starts is kept in schedule_run.
create table schedule (
    id              varchar(40)  primary key,
    cron            varchar(200) not null,
    suite           varchar(100) not null,
    request         text         not null,
    next_due        timestamptz  not null,
    last_run_id     varchar(40),
    last_started_at timestamptz,
    last_error      text,
    created_at      timestamptz  not null
);
create index schedule_next_due_idx on schedule (next_due);

create table schedule_run (
    schedule_id varchar(40) not null references schedule (id) on delete cascade,
    run_id      varchar(40) not null,
    due_at      timestamptz not null,
    started_at  timestamptz not null,
    primary key (schedule_id, run_id)
);
