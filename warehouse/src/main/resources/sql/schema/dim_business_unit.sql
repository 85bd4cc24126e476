-- One row per business unit (事业部).
create table if not exists dim_business_unit (
    business_unit_key       bigint not null,   -- the source id
    business_unit_code      varchar not null,
    business_unit_name_zh   varchar not null,
    business_unit_name_en   varchar not null,
    row_hash                ubigint not null,   -- hash of the typed source values: unchanged rows are not rewritten
    source_updated_at       timestamp not null,
    load_run_id             bigint not null
);
