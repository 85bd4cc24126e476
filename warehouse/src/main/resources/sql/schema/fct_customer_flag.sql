-- One row per bad-conduct record kept in a customer's file.
create table if not exists fct_customer_flag (
    customer_flag_key   bigint not null,    -- the source id
    customer_id         bigint not null,
    customer_key        bigint not null,    -- the customer's version on noted_on
    flag                varchar not null,   -- underpaid, abused_staff, misconduct
    noted_on            date not null,
    noted_date_key      integer not null,
    note                varchar,
    row_hash            ubigint not null,
    source_updated_at   timestamp not null,
    load_run_id         bigint not null
);
