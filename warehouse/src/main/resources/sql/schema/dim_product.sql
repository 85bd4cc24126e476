-- One row per service product on the price list.
create table if not exists dim_product (
    product_key         bigint not null,    -- the source id
    product_code        varchar not null,
    product_name_zh     varchar not null,
    product_name_en     varchar not null,
    category            varchar not null,   -- cleaning, maternity, infant_care, elder_care, appliance, facility
    unit                varchar not null,   -- hour, visit, month
    list_price          decimal(14,2) not null,
    row_hash            ubigint not null,
    source_updated_at   timestamp not null,
    load_run_id         bigint not null
);
