-- One row per source and table: the newest updated_at a completed run has loaded; the next JDBC extract starts there, less the overlap.
create table if not exists etl_watermark (
    source          varchar not null,
    table_name      varchar not null,
    high_water_at   timestamp not null,
    run_id          bigint not null,
    primary key (source, table_name)
);
