-- One row per load run and source table: the accounting of every row read (extracted = inserted + updated + unchanged + rejected).
create table if not exists etl_run_table (
    run_id      bigint not null,
    table_name  varchar not null,
    extracted   bigint not null,
    inserted    bigint not null,
    updated     bigint not null,
    unchanged   bigint not null,
    rejected    bigint not null,
    high_water_at timestamp,            -- the newest updated_at extracted (a day past the run at most); promoted to etl_watermark when the run completes
    loaded      boolean not null,       -- set by the transaction that loads the table: a restart skips what its killed attempt loaded
    primary key (run_id, table_name)
);
