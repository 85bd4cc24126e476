-- Loads the valid business units of this run (getvariable('run_id')).
insert into dim_business_unit
select business_unit_key, business_unit_code, business_unit_name_zh, business_unit_name_en, row_hash, source_updated_at,
       getvariable('run_id')
from loadable_business_unit
