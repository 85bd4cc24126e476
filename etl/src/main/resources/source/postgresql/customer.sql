-- One row per customer, household or enterprise; name and phone are personal data.
create table customer (
    id                       bigint primary key,
    code                     varchar(64),
    kind                     varchar(64),
    name                     varchar(200),
    phone                    varchar(64),
    city                     varchar(200),
    district                 varchar(200),
    registered_on            date,
    home_outlet_id           bigint,
    updated_at               timestamp not null
)
