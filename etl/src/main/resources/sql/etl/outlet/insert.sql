-- Loads the valid outlets of this run with their business unit's codes and names.
insert into dim_outlet
with outlets as (
    select * from loadable_outlet
),
units as (
    select * from dim_business_unit
)
select outlets.outlet_key, outlets.outlet_code, outlets.outlet_name, outlets.business_unit_key,
       units.business_unit_code, units.business_unit_name_zh, units.business_unit_name_en,
       outlets.city, outlets.district, outlets.opened_on, outlets.closed_on, outlets.row_hash,
       outlets.source_updated_at,
       getvariable('run_id')
from outlets
join units using (business_unit_key)
