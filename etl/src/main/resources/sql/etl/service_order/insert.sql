-- Loads the valid service orders of this run.
insert into fct_service_order
select service_order_key, order_no, customer_id, outlet_key, product_id, staff_id, channel,
       booked_at, cast(strftime(booked_at, '%Y%m%d') as integer), scheduled_start_at,
       hours, quantity, unit_price, discount, amount, status, completed_at, cancelled_at, cancellation_fee,
       satisfaction, rework_count, row_hash, source_updated_at, getvariable('run_id')
from typed_service_order
where reject_reason is null
