-- One row per staff member, outlet and month paid.
create table payroll (
    id                       bigint primary key,
    staff_id                 bigint,
    outlet_id                bigint,
    month                    date,
    gross_pay                numeric(14,2),
    updated_at               timestamp not null
)
