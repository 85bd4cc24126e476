-- The staged customers that cannot be loaded: each with its source id and the first reason, as reason:detail.
with staged as not materialized (
    select * from stg_customer
),
known_outlets as (
    select outlet_key from dim_outlet
),
code_owner as (
    select code, min(key) as owner_key
    from (
        select code, try_cast(id as bigint) as key from staged where try_cast(id as bigint) is not null
        union all
        select distinct customer_code, customer_id from dim_customer where customer_code in (select code from staged)
    )
    group by code
    having min(key) <> max(key)
),
checked as (
    select staged.*,
           case
               when id is null then 'missing_required:id is empty'
               when code is null then 'missing_required:code is empty'
               when kind is null then 'missing_required:kind is empty'
               when name is null then 'missing_required:name is empty'
               when updated_at is null then 'missing_required:updated_at is empty'
               when try_cast(id as bigint) is null then 'bad_number:id is not a whole number'
               when home_outlet_id is not null and try_cast(home_outlet_id as bigint) is null then 'bad_number:home_outlet_id is not a whole number'
               when registered_on is not null and try_cast(registered_on as date) is null then 'bad_date:registered_on is not a date'
               when try_cast(updated_at as timestamp) is null then 'bad_date:updated_at is not a timestamp'
               when kind not in ('household', 'enterprise') then 'unknown_code:kind ' || kind
               when try_cast(home_outlet_id as bigint) not in (select outlet_key from known_outlets)
                   then 'orphan_reference:home_outlet_id ' || home_outlet_id || ' is not a known outlet'
               when source_row in (select source_row from repeated_customer) then 'duplicate_key:id ' || id || ' appears more than once in this extract'
               when code_owner.owner_key <> try_cast(id as bigint) then 'duplicate_key:code ' || code || ' belongs to customer id ' || code_owner.owner_key
           end as verdict
    from staged
    left join code_owner using (code)
)
select source_row,
       id as source_id,
       verdict
from checked
where verdict is not null
