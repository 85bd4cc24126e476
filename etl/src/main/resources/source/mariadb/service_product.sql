-- One row per service product on the price list.
create table service_product (
    id                       bigint primary key,
    code                     varchar(64),
    name_zh                  varchar(200),
    name_en                  varchar(200),
    category                 varchar(64),
    unit                     varchar(64),
    list_price               decimal(14,2),
    updated_at               datetime not null
)
