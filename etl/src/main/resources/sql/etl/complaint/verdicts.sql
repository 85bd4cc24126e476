-- The staged complaints that cannot be loaded: each with its source id and the first reason, as reason:detail.
with staged as not materialized (
    select * from stg_complaint
),
-- (Only the customers and orders this extract names: hash tables of all of them cost ten times the check.)
known_customers as (
    select distinct customer_id from dim_customer
    where customer_id in (select try_cast(customer_id as bigint) from staged)
),
known_orders as (
    select service_order_key from fct_service_order
    where service_order_key in (select try_cast(order_id as bigint) from staged)
),
known_outlets as (
    select outlet_key from dim_outlet
),
complaint_no_owner as (
    select complaint_no, min(key) as owner_key
    from (
        select complaint_no, try_cast(id as bigint) as key from staged where try_cast(id as bigint) is not null
        union all
        select complaint_no, complaint_key from fct_complaint
    )
    group by complaint_no
    having min(key) <> max(key)
),
typed as (
    select staged.*,
           try_cast(received_at as timestamp)        as received_ts,
           try_cast(first_response_at as timestamp)  as first_ts,
           try_cast(second_response_at as timestamp) as second_ts,
           try_cast(resolved_at as timestamp)        as resolved_ts,
           try_cast(follow_up_at as timestamp)       as follow_up_ts
    from staged
),
checked as (
    select typed.*,
           case
               when id is null then 'missing_required:id is empty'
               when complaint_no is null then 'missing_required:complaint_no is empty'
               when customer_id is null then 'missing_required:customer_id is empty'
               when outlet_id is null then 'missing_required:outlet_id is empty'
               when kind is null then 'missing_required:kind is empty'
               when received_at is null then 'missing_required:received_at is empty'
               when updated_at is null then 'missing_required:updated_at is empty'
               when try_cast(id as bigint) is null then 'bad_number:id is not a whole number'
               when try_cast(customer_id as bigint) is null then 'bad_number:customer_id is not a whole number'
               when try_cast(outlet_id as bigint) is null then 'bad_number:outlet_id is not a whole number'
               when order_id is not null and try_cast(order_id as bigint) is null then 'bad_number:order_id is not a whole number'
               when received_ts is null then 'bad_date:received_at is not a timestamp'
               when first_response_at is not null and first_ts is null then 'bad_date:first_response_at is not a timestamp'
               when second_response_at is not null and second_ts is null then 'bad_date:second_response_at is not a timestamp'
               when resolved_at is not null and resolved_ts is null then 'bad_date:resolved_at is not a timestamp'
               when follow_up_at is not null and follow_up_ts is null then 'bad_date:follow_up_at is not a timestamp'
               when try_cast(updated_at as timestamp) is null then 'bad_date:updated_at is not a timestamp'
               when kind not in ('soft', 'hard') then 'unknown_code:kind ' || kind
               when first_ts < received_ts then 'dates_out_of_order:first_response_at is before received_at'
               when second_ts < received_ts then 'dates_out_of_order:second_response_at is before received_at'
               when resolved_ts < received_ts then 'dates_out_of_order:resolved_at is before received_at'
               when follow_up_ts < resolved_ts then 'dates_out_of_order:follow_up_at is before resolved_at'
               when try_cast(customer_id as bigint) not in (select customer_id from known_customers)
                   then 'orphan_reference:customer_id ' || customer_id || ' is not a known customer'
               when try_cast(order_id as bigint) not in (select service_order_key from known_orders)
                   then 'orphan_reference:order_id ' || order_id || ' is not a known service order'
               when try_cast(outlet_id as bigint) not in (select outlet_key from known_outlets)
                   then 'orphan_reference:outlet_id ' || outlet_id || ' is not a known outlet'
               when source_row in (select source_row from repeated_complaint) then 'duplicate_key:id ' || id || ' appears more than once in this extract'
               when complaint_no_owner.owner_key <> try_cast(id as bigint) then 'duplicate_key:complaint_no ' || complaint_no || ' belongs to complaint id ' || complaint_no_owner.owner_key
           end as verdict
    from typed
    left join complaint_no_owner using (complaint_no)
)
select source_row,
       id as source_id,
       verdict
from checked
where verdict is not null
