-- The staged head-office expense months that cannot be loaded: each with its source id and
-- the first reason, as reason:detail.
-- No "absurd" ceiling here: etl.maxAmount bounds one order or claim, while a large company's monthly head-office
-- cost legitimately exceeds it.
with staged as not materialized (
    select * from stg_hq_expense
),
month_owner as (
    select owner_month_on, min(key) as owner_key
    from (
        select try_cast(month as date) as owner_month_on, try_cast(id as bigint) as key
        from staged where try_cast(id as bigint) is not null
        union all
        select month_on, hq_expense_key from fct_hq_expense
    )
    group by owner_month_on
    having min(key) <> max(key)
),
checked as (
    select staged.*,
           case
               when id is null then 'missing_required:id is empty'
               when month is null then 'missing_required:month is empty'
               when amount is null then 'missing_required:amount is empty'
               when updated_at is null then 'missing_required:updated_at is empty'
               when try_cast(id as bigint) is null then 'bad_number:id is not a whole number'
               when try_cast(amount as decimal(14,2)) is null then 'bad_number:amount is not an amount'
               when try_cast(month as date) is null then 'bad_date:month is not a date'
               when day(try_cast(month as date)) <> 1 then 'bad_date:month ' || month || ' is not the first day of a month'
               when try_cast(updated_at as timestamp) is null then 'bad_date:updated_at is not a timestamp'
               when try_cast(amount as decimal(14,2)) < 0 then 'negative_amount:amount is negative'
               when source_row in (select source_row from repeated_hq_expense) then 'duplicate_key:id ' || id || ' appears more than once in this extract'
               when month_owner.owner_key <> try_cast(id as bigint) then 'duplicate_key:month ' || month || ' belongs to expense id ' || month_owner.owner_key
           end as verdict
    from staged
    left join month_owner on month_owner.owner_month_on = try_cast(staged.month as date)
)
select source_row,
       id as source_id,
       verdict
from checked
where verdict is not null
