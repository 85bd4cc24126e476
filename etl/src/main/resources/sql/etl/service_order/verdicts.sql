-- The staged service orders that cannot be loaded: each with its source id and the first reason, as reason:detail.
with staged as not materialized (
    select * from stg_service_order
),
known_outlets as (
    select outlet_key from dim_outlet
),
known_customers as (
    select distinct customer_id from dim_customer
),
known_products as (
    select product_key from dim_product
),
known_staff as (
    select distinct staff_id from dim_staff
),
-- Who owns each order number read by more than one order: the lowest id among this extract's rows and the warehouse's
-- orders with it. The numbers shared by two ids are found first, next to each other in number order (a sort is a
-- third of what grouping three million numbers costs), and only their owners looked up.
order_no_keys as (
    select order_no, try_cast(id as bigint) as key from staged where try_cast(id as bigint) is not null
    union all
    select order_no, service_order_key from fct_service_order where order_no in (select order_no from staged)
),
shared_order_nos as (
    select distinct order_no
    from (select order_no, key,
                 lag(order_no) over numbered as previous_no,
                 lag(key) over numbered as previous_key
          from order_no_keys
          window numbered as (order by order_no, key))
    where order_no = previous_no and key <> previous_key
),
order_no_owner as (
    select order_no, min(key) as owner_key
    from order_no_keys semi join shared_order_nos using (order_no)
    group by order_no
),
typed as (
    select staged.*,
           try_cast(booked_at as timestamp)             as booked_ts,
           try_cast(completed_at as timestamp)          as completed_ts,
           try_cast(cancelled_at as timestamp)          as cancelled_ts,
           try_cast(hours as decimal(8,2))              as hours_n,
           try_cast(quantity as decimal(10,2))          as quantity_n,
           try_cast(unit_price as decimal(14,2))        as unit_price_n,
           coalesce(try_cast(discount as decimal(14,2)), 0)         as discount_n,
           try_cast(amount as decimal(14,2))            as amount_n,
           coalesce(try_cast(cancellation_fee as decimal(14,2)), 0) as fee_n
    from staged
),
checked as (
    select typed.*,
           case
               when id is null then 'missing_required:id is empty'
               when order_no is null then 'missing_required:order_no is empty'
               when customer_id is null then 'missing_required:customer_id is empty'
               when outlet_id is null then 'missing_required:outlet_id is empty'
               when product_id is null then 'missing_required:product_id is empty'
               when channel is null then 'missing_required:channel is empty'
               when booked_at is null then 'missing_required:booked_at is empty'
               when quantity is null then 'missing_required:quantity is empty'
               when unit_price is null then 'missing_required:unit_price is empty'
               when amount is null then 'missing_required:amount is empty'
               when status is null then 'missing_required:status is empty'
               when updated_at is null then 'missing_required:updated_at is empty'
               when status = 'completed' and completed_at is null then 'missing_required:a completed order needs completed_at'
               when status = 'cancelled' and cancelled_at is null then 'missing_required:a cancelled order needs cancelled_at'
               when try_cast(id as bigint) is null then 'bad_number:id is not a whole number'
               when try_cast(customer_id as bigint) is null then 'bad_number:customer_id is not a whole number'
               when try_cast(outlet_id as bigint) is null then 'bad_number:outlet_id is not a whole number'
               when try_cast(product_id as bigint) is null then 'bad_number:product_id is not a whole number'
               when staff_id is not null and try_cast(staff_id as bigint) is null then 'bad_number:staff_id is not a whole number'
               when hours is not null and hours_n is null then 'bad_number:hours is not a number'
               when quantity_n is null then 'bad_number:quantity is not a number'
               when unit_price_n is null then 'bad_number:unit_price is not an amount'
               when discount is not null and try_cast(discount as decimal(14,2)) is null then 'bad_number:discount is not an amount'
               when amount_n is null then 'bad_number:amount is not an amount'
               when cancellation_fee is not null and try_cast(cancellation_fee as decimal(14,2)) is null then 'bad_number:cancellation_fee is not an amount'
               when satisfaction is not null and try_cast(satisfaction as integer) is null then 'bad_number:satisfaction is not a whole number'
               when rework_count is not null and try_cast(rework_count as integer) is null then 'bad_number:rework_count is not a whole number'
               when booked_ts is null then 'bad_date:booked_at is not a timestamp'
               when scheduled_start is not null and try_cast(scheduled_start as timestamp) is null then 'bad_date:scheduled_start is not a timestamp'
               when completed_at is not null and completed_ts is null then 'bad_date:completed_at is not a timestamp'
               when cancelled_at is not null and cancelled_ts is null then 'bad_date:cancelled_at is not a timestamp'
               when try_cast(updated_at as timestamp) is null then 'bad_date:updated_at is not a timestamp'
               when channel not in ('phone', 'web', 'wechat', 'walk_in', 'referral') then 'unknown_code:channel ' || channel
               when status not in ('booked', 'completed', 'cancelled') then 'unknown_code:status ' || status
               when try_cast(satisfaction as integer) not between 1 and 5 then 'unknown_code:satisfaction ' || satisfaction || ' is not 1-5'
               when least(quantity_n, unit_price_n, discount_n, amount_n, fee_n, coalesce(hours_n, 0)) < 0 then 'negative_amount:a quantity or amount is negative'
               when greatest(unit_price_n, amount_n, fee_n) > getvariable('max_amount') then 'absurd_amount:an amount is over ' || getvariable('max_amount')
               when completed_ts < booked_ts then 'dates_out_of_order:completed_at is before booked_at'
               when cancelled_ts < booked_ts then 'dates_out_of_order:cancelled_at is before booked_at'
               when amount_n <> quantity_n * unit_price_n - discount_n then 'amount_mismatch:amount is not quantity x unit_price - discount'
               when try_cast(outlet_id as bigint) not in (select outlet_key from known_outlets)
                   then 'orphan_reference:outlet_id ' || outlet_id || ' is not a known outlet'
               when try_cast(customer_id as bigint) not in (select customer_id from known_customers)
                   then 'orphan_reference:customer_id ' || customer_id || ' is not a known customer'
               when try_cast(product_id as bigint) not in (select product_key from known_products)
                   then 'orphan_reference:product_id ' || product_id || ' is not a known product'
               when try_cast(staff_id as bigint) not in (select staff_id from known_staff)
                   then 'orphan_reference:staff_id ' || staff_id || ' is not a known staff member'
               when source_row in (select source_row from repeated_service_order) then 'duplicate_key:id ' || id || ' appears more than once in this extract'
               when order_no_owner.owner_key <> try_cast(id as bigint) then 'duplicate_key:order_no ' || order_no || ' belongs to order id ' || order_no_owner.owner_key
           end as verdict
    from typed
    left join order_no_owner using (order_no)
)
select source_row,
       id as source_id,
       verdict
from checked
where verdict is not null
