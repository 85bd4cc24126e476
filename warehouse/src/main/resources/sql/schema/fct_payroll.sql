-- One row per staff member, outlet and month paid.
create table if not exists fct_payroll (
    payroll_key         bigint not null,    -- the source id
    staff_id            bigint not null,
    staff_key           bigint not null,    -- the staff member's version on the month's last day
    outlet_key          bigint not null,    -- the payroll row's outlet
    month_on            date not null,
    gross_pay           decimal(14,2) not null,
    row_hash            ubigint not null,
    source_updated_at   timestamp not null,
    load_run_id         bigint not null
);
