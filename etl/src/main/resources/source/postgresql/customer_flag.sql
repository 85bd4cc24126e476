-- One row per bad-conduct record kept in a customer file.
create table customer_flag (
    id                       bigint primary key,
    customer_id              bigint,
    flag                     varchar(64),
    noted_on                 date,
    note                     varchar(2000),
    updated_at               timestamp not null
)
