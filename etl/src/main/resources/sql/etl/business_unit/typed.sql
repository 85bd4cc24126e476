-- Every staged business unit's values as the warehouse keeps them, and the hash of those whose change
-- counts. A view: the casts run while the valid rows are written, so the typed rows are never held twice.
create or replace temp view typed_business_unit as
with typed as (
    select source_row,
           try_cast(id as bigint)               as business_unit_key,
           code                                 as business_unit_code,
           name_zh                              as business_unit_name_zh,
           name_en                              as business_unit_name_en,
           try_cast(updated_at as timestamp)    as source_updated_at
    from stg_business_unit as staged
)
-- What counts as a change: the typed business values (not updated_at, so a row merely touched is unchanged).
select typed.*,
       hash(row(business_unit_code, business_unit_name_zh, business_unit_name_en)) as row_hash
from typed
