-- Every staged service order's values as the warehouse keeps them, and the hash of those whose change
-- counts. A view: the casts run while the valid rows are written, so the typed rows are never held twice.
create or replace temp view typed_service_order as
with typed as (
    select source_row,
           try_cast(id as bigint)               as service_order_key,
           order_no,
           try_cast(customer_id as bigint)      as customer_id,
           try_cast(outlet_id as bigint)        as outlet_key,
           try_cast(product_id as bigint)       as product_key,
           try_cast(staff_id as bigint)         as staff_id,
           channel,
           try_cast(booked_at as timestamp) as booked_at,
           try_cast(scheduled_start as timestamp) as scheduled_start_at,
           try_cast(hours as decimal(8,2)) as hours,
           try_cast(quantity as decimal(10,2)) as quantity,
           try_cast(unit_price as decimal(14,2)) as unit_price,
           coalesce(try_cast(discount as decimal(14,2)), 0) as discount,
           try_cast(amount as decimal(14,2)) as amount,
           status,
           try_cast(completed_at as timestamp) as completed_at,
           try_cast(cancelled_at as timestamp) as cancelled_at,
           coalesce(try_cast(cancellation_fee as decimal(14,2)), 0) as cancellation_fee,
           try_cast(satisfaction as integer)    as satisfaction,
           coalesce(try_cast(rework_count as integer), 0) as rework_count,
           try_cast(updated_at as timestamp)    as source_updated_at
    from stg_service_order as staged
)
-- What counts as a change: the typed business values (not updated_at, so a row merely touched is unchanged).
select typed.*,
       hash(row(order_no, customer_id, outlet_key, product_key, staff_id, channel, booked_at, scheduled_start_at,
               hours, quantity, unit_price, discount, amount, status, completed_at, cancelled_at, cancellation_fee,
               satisfaction, rework_count)) as row_hash
from typed
