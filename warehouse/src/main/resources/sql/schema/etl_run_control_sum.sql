-- One row per load run, source table and money column: the column's sum over the rows read, loaded and rejected.
create table if not exists etl_run_control_sum (
    run_id          bigint not null,
    table_name      varchar not null,
    column_name     varchar not null,
    extracted_sum   decimal(38,2) not null,   -- over every extracted value that parses as an amount
    loaded_sum      decimal(38,2) not null,   -- over the rows inserted, updated or unchanged
    rejected_sum    decimal(38,2) not null,   -- over the rejected rows' values that parse
    primary key (run_id, table_name, column_name)
);
