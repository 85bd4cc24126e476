-- The staged business units that cannot be loaded: each with its source id and the first reason, as reason:detail.
with staged as not materialized (
    select * from stg_business_unit
),
code_owner as (
    select code, min(key) as owner_key
    from (
        select code, try_cast(id as bigint) as key from staged where try_cast(id as bigint) is not null
        union all
        select business_unit_code, business_unit_key from dim_business_unit
    )
    group by code
    having min(key) <> max(key)
),
checked as (
    select staged.*,
           case
               when id is null then 'missing_required:id is empty'
               when code is null then 'missing_required:code is empty'
               when name_zh is null then 'missing_required:name_zh is empty'
               when name_en is null then 'missing_required:name_en is empty'
               when updated_at is null then 'missing_required:updated_at is empty'
               when try_cast(id as bigint) is null then 'bad_number:id is not a whole number'
               when try_cast(updated_at as timestamp) is null then 'bad_date:updated_at is not a timestamp'
               when source_row in (select source_row from repeated_business_unit) then 'duplicate_key:id ' || id || ' appears more than once in this extract'
               when code_owner.owner_key <> try_cast(id as bigint) then 'duplicate_key:code ' || code || ' belongs to business unit id ' || code_owner.owner_key
           end as verdict
    from staged
    left join code_owner using (code)
)
select source_row,
       id as source_id,
       verdict
from checked
where verdict is not null
