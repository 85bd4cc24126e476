-- One row per business unit (事业部).
create table business_unit (
    id                       bigint primary key,
    code                     varchar(64),
    name_zh                  varchar(200),
    name_en                  varchar(200),
    updated_at               datetime not null
)
