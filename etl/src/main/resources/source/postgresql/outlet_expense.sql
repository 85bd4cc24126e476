-- One row per outlet, month and expense category.
create table outlet_expense (
    id                       bigint primary key,
    outlet_id                bigint,
    month                    date,
    category                 varchar(64),
    amount                   numeric(14,2),
    updated_at               timestamp not null
)
