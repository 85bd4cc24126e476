-- The staged customer flags that cannot be loaded: each with its source id and the first reason, as reason:detail.
with staged as not materialized (
    select * from stg_customer_flag
),
-- (Only the customers this extract names: a hash table of all of them cost more than the check.)
known_customers as (
    select distinct customer_id from dim_customer
    where customer_id in (select try_cast(customer_id as bigint) from staged)
),
checked as (
    select staged.*,
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
               when source_row in (select source_row from repeated_customer_flag) then 'duplicate_key:id ' || id || ' appears more than once in this extract'
           end as verdict
    from staged
)
select source_row,
       id as source_id,
       verdict
from checked
where verdict is not null
