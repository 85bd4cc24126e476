-- One row per month of head-office cost.
create table hq_expense (
    id                       bigint primary key,
    month                    date,
    amount                   numeric(14,2),
    updated_at               timestamp not null
)
