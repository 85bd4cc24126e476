-- One row per outlet, month and expense category.
create table if not exists fct_outlet_expense (
    outlet_expense_key  bigint not null,    -- the source id
    outlet_key          bigint not null,
    month_on            date not null,      -- the month's first day
    category            varchar not null,   -- rent, utilities, materials, transport, phone, insurance, other
    amount              decimal(14,2) not null,
    row_hash            ubigint not null,
    source_updated_at   timestamp not null,
    load_run_id         bigint not null
);
