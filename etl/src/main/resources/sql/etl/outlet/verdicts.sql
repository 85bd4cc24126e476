-- The staged outlets that cannot be loaded: each with its source id and the first reason, as reason:detail.
with staged as not materialized (
    select * from stg_outlet
),
known_units as (
    select business_unit_key from dim_business_unit
),
code_owner as (
    select code, min(key) as owner_key
    from (
        select code, try_cast(id as bigint) as key from staged where try_cast(id as bigint) is not null
        union all
        select outlet_code, outlet_key from dim_outlet
    )
    group by code
    having min(key) <> max(key)
),
checked as (
    select staged.*,
           case
               when id is null then 'missing_required:id is empty'
               when code is null then 'missing_required:code is empty'
               when name is null then 'missing_required:name is empty'
               when business_unit_id is null then 'missing_required:business_unit_id is empty'
               when updated_at is null then 'missing_required:updated_at is empty'
               when try_cast(id as bigint) is null then 'bad_number:id is not a whole number'
               when try_cast(business_unit_id as bigint) is null then 'bad_number:business_unit_id is not a whole number'
               when opened_on is not null and try_cast(opened_on as date) is null then 'bad_date:opened_on is not a date'
               when closed_on is not null and try_cast(closed_on as date) is null then 'bad_date:closed_on is not a date'
               when try_cast(updated_at as timestamp) is null then 'bad_date:updated_at is not a timestamp'
               when try_cast(closed_on as date) < try_cast(opened_on as date) then 'dates_out_of_order:closed_on is before opened_on'
               when try_cast(business_unit_id as bigint) not in (select business_unit_key from known_units)
                   then 'orphan_reference:business_unit_id ' || business_unit_id || ' is not a known business unit'
               when source_row in (select source_row from repeated_outlet) then 'duplicate_key:id ' || id || ' appears more than once in this extract'
               when code_owner.owner_key <> try_cast(id as bigint) then 'duplicate_key:code ' || code || ' belongs to outlet id ' || code_owner.owner_key
           end as verdict
    from staged
    left join code_owner using (code)
)
select source_row,
       id as source_id,
       verdict
from checked
where verdict is not null
