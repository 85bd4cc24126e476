-- One row per outlet, with the business unit it belongs to.
create table if not exists dim_outlet (
    outlet_key              bigint not null,     -- the source id: outlets are never re-keyed
    outlet_code             varchar not null,
    outlet_name             varchar not null,
    business_unit_key       bigint not null,
    business_unit_code      varchar not null,
    business_unit_name_zh   varchar not null,
    business_unit_name_en   varchar not null,
    city                    varchar,
    district                varchar,
    opened_on               date,
    closed_on               date,
    row_hash                ubigint not null,   -- hash of the typed source values: unchanged rows are not rewritten
    source_updated_at       timestamp not null,
    load_run_id             bigint not null
);
