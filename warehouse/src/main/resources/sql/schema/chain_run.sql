-- One row per run of a report's chain for one period (started by the schedule, a backfill or by hand): its outcome.
create table if not exists chain_run (
    run_id          bigint not null,
    report_name     varchar not null,
    period_kind     varchar not null,   -- fortnight, week, month
    period_start_on date not null,
    started_by      varchar not null,   -- schedule, backfill, once
    status          varchar not null,   -- running, succeeded, failed, late (its data not loaded yet)
    started_at      timestamp not null,
    ended_at        timestamp,
    files           bigint,
    message         varchar             -- why it failed or is late
);
