-- Every staged outlet's values as the warehouse keeps them, and the hash of those whose change
-- counts. A view: the casts run while the valid rows are written, so the typed rows are never held twice.
create or replace temp view typed_outlet as
with typed as (
    select source_row,
           try_cast(id as bigint)               as outlet_key,
           code                                 as outlet_code,
           name                                 as outlet_name,
           try_cast(business_unit_id as bigint) as business_unit_key,
           city,
           district,
           try_cast(opened_on as date)          as opened_on,
           try_cast(closed_on as date)          as closed_on,
           try_cast(updated_at as timestamp)    as source_updated_at
    from stg_outlet as staged
)
-- What counts as a change: the typed business values (not updated_at, so a row merely touched is unchanged).
select typed.*,
       hash(row(outlet_code, outlet_name, business_unit_key, city, district, opened_on, closed_on)) as row_hash
from typed
