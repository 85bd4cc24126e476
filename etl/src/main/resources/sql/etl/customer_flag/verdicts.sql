-- The staged customer flags that cannot be loaded: each with its source id and the first reason, as reason:detail.
create or replace temp table rejected_customer_flag as
with staged as not materialized (
    select * from stg_customer_flag
),
-- (Only the customers this extract names: a hash table of all of them cost more than the check.)
known_customers as (
    select distinct customer_id from dim_customer
    where customer_id in (select try_cast(customer_id as bigint) from staged)
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
               when customer_id is null then 'missing_required:customer_id is empty'
               when flag is null then 'missing_required:flag is empty'
               when noted_on is null then 'missing_required:noted_on is empty'
               when updated_at is null then 'missing_required:updated_at is empty'
               when try_cast(id as bigint) is null then 'bad_number:id is not a whole number'
               when try_cast(customer_id as bigint) is null then 'bad_number:customer_id is not a whole number'
               when try_cast(noted_on as date) is null then 'bad_date:noted_on is not a date'
               when try_cast(updated_at as timestamp) is null then 'bad_date:updated_at is not a timestamp'
               when flag not in ('underpaid', 'abused_staff', 'misconduct') then 'unknown_code:flag ' || flag
               when try_cast(customer_id as bigint) not in (select customer_id from known_customers)
                   then 'orphan_reference:customer_id ' || customer_id || ' is not a known customer'
               when id_rank > 1 then 'duplicate_key:id ' || id || ' appears more than once in this extract'
           end as verdict
    from ranked
)
select source_row,
       id                                   as source_id,
       split_part(verdict, ':', 1)          as reject_reason,
       substr(verdict, strpos(verdict, ':') + 1) as reject_detail
from checked
where verdict is not null
