-- One row per load run: where it read from and how it ended.
create table if not exists etl_run (
    run_id          bigint primary key,
    source          varchar not null,   -- csv:DIR or the JDBC URL without user or password
    started_at      timestamp not null,
    finished_at     timestamp,
    status          varchar not null,   -- running, completed, failed
    newest_source_updated_at timestamp  -- the newest updated_at of any row this run loaded
);
