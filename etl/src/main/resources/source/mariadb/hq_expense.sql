-- One row per month of head-office cost.
create table hq_expense (
    id                       bigint primary key,
    month                    date,
    amount                   decimal(14,2),
    updated_at               datetime not null
)
