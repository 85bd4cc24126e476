-- Copies each business unit's current code and names onto its outlets, for units renamed since the outlet loaded.
update dim_outlet
set business_unit_code = units.business_unit_code,
    business_unit_name_zh = units.business_unit_name_zh,
    business_unit_name_en = units.business_unit_name_en
from dim_business_unit as units
where units.business_unit_key = dim_outlet.business_unit_key
  and (dim_outlet.business_unit_code <> units.business_unit_code
       or dim_outlet.business_unit_name_zh <> units.business_unit_name_zh
       or dim_outlet.business_unit_name_en <> units.business_unit_name_en)
