-- The staged service products that cannot be loaded: each with its source id and the first reason, as reason:detail.
with staged as not materialized (
    select * from stg_service_product
),
code_owner as (
    select code, min(key) as owner_key
    from (
        select code, try_cast(id as bigint) as key from staged where try_cast(id as bigint) is not null
        union all
        select product_code, product_key from dim_product
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
               when category is null then 'missing_required:category is empty'
               when unit is null then 'missing_required:unit is empty'
               when list_price is null then 'missing_required:list_price is empty'
               when updated_at is null then 'missing_required:updated_at is empty'
               when try_cast(id as bigint) is null then 'bad_number:id is not a whole number'
               when try_cast(list_price as decimal(14,2)) is null then 'bad_number:list_price is not an amount'
               when try_cast(updated_at as timestamp) is null then 'bad_date:updated_at is not a timestamp'
               when category not in ('cleaning', 'maternity', 'infant_care', 'elder_care', 'appliance', 'facility')
                   then 'unknown_code:category ' || category
               when unit not in ('hour', 'visit', 'month') then 'unknown_code:unit ' || unit
               when try_cast(list_price as decimal(14,2)) < 0 then 'negative_amount:list_price is negative'
               when try_cast(list_price as decimal(14,2)) > getvariable('max_amount') then 'absurd_amount:list_price is over ' || getvariable('max_amount')
               when source_row in (select source_row from repeated_service_product) then 'duplicate_key:id ' || id || ' appears more than once in this extract'
               when code_owner.owner_key <> try_cast(id as bigint) then 'duplicate_key:code ' || code || ' belongs to product id ' || code_owner.owner_key
           end as verdict
    from staged
    left join code_owner using (code)
)
select source_row,
       id as source_id,
       verdict
from checked
where verdict is not null
