-- One row per month of head-office cost, allocated to outlets by revenue share.
create table if not exists fct_hq_expense (
    hq_expense_key      bigint not null,    -- the source id
    month_on            date not null,
    amount              decimal(14,2) not null,
    row_hash            ubigint not null,
    source_updated_at   timestamp not null,
    load_run_id         bigint not null
);
