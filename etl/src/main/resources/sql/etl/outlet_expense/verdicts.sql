-- The staged outlet expenses that cannot be loaded: each with its source id and the first reason, as reason:detail.
with staged as not materialized (
    select * from stg_outlet_expense
),
known_outlets as (
    select outlet_key from dim_outlet
),
natural_owner as (
    select owner_outlet_key, owner_month_on, owner_category, min(key) as owner_key
    from (
        select try_cast(outlet_id as bigint) as owner_outlet_key, try_cast(month as date) as owner_month_on,
               category as owner_category, try_cast(id as bigint) as key
        from staged where try_cast(id as bigint) is not null
        union all
        select outlet_key, month_on, category, outlet_expense_key from fct_outlet_expense
    )
    group by owner_outlet_key, owner_month_on, owner_category
    having min(key) <> max(key)
),
checked as (
    select staged.*,
           case
               when id is null then 'missing_required:id is empty'
               when outlet_id is null then 'missing_required:outlet_id is empty'
               when month is null then 'missing_required:month is empty'
               when category is null then 'missing_required:category is empty'
               when amount is null then 'missing_required:amount is empty'
               when updated_at is null then 'missing_required:updated_at is empty'
               when try_cast(id as bigint) is null then 'bad_number:id is not a whole number'
               when try_cast(outlet_id as bigint) is null then 'bad_number:outlet_id is not a whole number'
               when try_cast(amount as decimal(14,2)) is null then 'bad_number:amount is not an amount'
               when try_cast(month as date) is null then 'bad_date:month is not a date'
               when day(try_cast(month as date)) <> 1 then 'bad_date:month ' || month || ' is not the first day of a month'
               when try_cast(updated_at as timestamp) is null then 'bad_date:updated_at is not a timestamp'
               when category not in ('rent', 'utilities', 'materials', 'transport', 'phone', 'insurance', 'other')
                   then 'unknown_code:category ' || category
               when try_cast(amount as decimal(14,2)) < 0 then 'negative_amount:amount is negative'
               when try_cast(amount as decimal(14,2)) > getvariable('max_amount') then 'absurd_amount:amount is over ' || getvariable('max_amount')
               when try_cast(outlet_id as bigint) not in (select outlet_key from known_outlets)
                   then 'orphan_reference:outlet_id ' || outlet_id || ' is not a known outlet'
               when source_row in (select source_row from repeated_outlet_expense) then 'duplicate_key:id ' || id || ' appears more than once in this extract'
               when natural_owner.owner_key <> try_cast(id as bigint)
                   then 'duplicate_key:outlet ' || outlet_id || ', ' || month || ', ' || category || ' belongs to expense id ' || natural_owner.owner_key
           end as verdict
    from staged
    left join natural_owner on natural_owner.owner_outlet_key = try_cast(staged.outlet_id as bigint)
                           and natural_owner.owner_month_on = try_cast(staged.month as date)
                           and natural_owner.owner_category = staged.category
)
select source_row,
       id as source_id,
       verdict
from checked
where verdict is not null
