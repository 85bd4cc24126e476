-- One row per paused schedule: a report's name, 'nightly-load', or 'all'; its periods stay due until resumed.
create table if not exists schedule_pause (
    name        varchar not null,
    paused_at   timestamp not null
);
