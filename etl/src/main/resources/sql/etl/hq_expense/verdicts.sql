-- The staged head-office expense months that cannot be loaded: each with its source id and
-- the first reason, as reason:detail.
-- No "absurd" ceiling here: etl.maxAmount bounds one order or claim, while a large company's monthly head-office
-- cost legitimately exceeds it.
create or replace temp table rejected_hq_expense as
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
-- An id read twice: the row with the newest updated_at (then the last one) is kept, the others are duplicates.
-- Few ids repeat, so they are found first, next to each other in id order, and only their rows ranked.
repeated_id_values as (
    select distinct id from (select id, lag(id) over (order by id) as previous from staged) where id = previous
),
repeated_ids as (
    select id, arg_max(source_row, (coalesce(try_cast(updated_at as timestamp), timestamp '0001-01-01'), source_row)) as kept_row
    from staged semi join repeated_id_values using (id)
    group by id
),
ranked as (
    select staged.*,
           case when repeated_ids.kept_row is null or repeated_ids.kept_row = staged.source_row then 1 else 2 end as id_rank
    from staged
    left join repeated_ids using (id)
),
checked as (
    select ranked.*,
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
               when id_rank > 1 then 'duplicate_key:id ' || id || ' appears more than once in this extract'
               when month_owner.owner_key <> try_cast(id as bigint) then 'duplicate_key:month ' || month || ' belongs to expense id ' || month_owner.owner_key
           end as verdict
    from ranked
    left join month_owner on month_owner.owner_month_on = try_cast(ranked.month as date)
)
select source_row,
       id                                   as source_id,
       split_part(verdict, ':', 1)          as reject_reason,
       substr(verdict, strpos(verdict, ':') + 1) as reject_detail
from checked
where verdict is not null
