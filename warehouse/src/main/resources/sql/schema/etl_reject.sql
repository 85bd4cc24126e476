-- One row per source row that was not loaded: the row as read, why, and in which run.
create table if not exists etl_reject (
    run_id          bigint not null,
    table_name      varchar not null,
    source_row      bigint,            -- the line in a CSV file (header = 1), the position in a JDBC extract
    source_id       varchar,           -- the row's id as read, when it could be read
    reason_code     varchar not null,
    reason_detail   varchar not null,
    raw_row         varchar not null   -- JSON of the staged columns, or the CSV line itself
);
