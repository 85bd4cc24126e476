-- One row per outlet (网店/网点).
create table outlet (
    id                       bigint primary key,
    code                     varchar(64),
    name                     varchar(200),
    business_unit_id         bigint,
    city                     varchar(200),
    district                 varchar(200),
    opened_on                date,
    closed_on                date,
    updated_at               datetime not null
)
