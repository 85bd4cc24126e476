-- Loads the valid service orders of this run, each pointing at the customer's version of its booking day and its
-- lead worker's version of the scheduled day.
insert into fct_service_order
with orders as (
    select * from loadable_service_order
),
customers as (
    select customer_id, customer_key, valid_from, valid_to from dim_customer
),
staff as (
    select staff_id, staff_key, valid_from, valid_to from dim_staff
)
select orders.service_order_key, orders.order_no, orders.customer_id, customers.customer_key, orders.outlet_key,
       orders.product_key, orders.staff_id, staff.staff_key, orders.channel, orders.booked_at,
       date_key(orders.booked_at), orders.scheduled_start_at, orders.hours,
       orders.quantity, orders.unit_price, orders.discount, orders.amount, orders.status, orders.completed_at,
       orders.cancelled_at, orders.cancellation_fee, orders.satisfaction, orders.rework_count, orders.row_hash,
       orders.source_updated_at, getvariable('run_id')
from orders
join customers on customers.customer_id = orders.customer_id
              and cast(orders.booked_at as date) between customers.valid_from and customers.valid_to
left join staff on staff.staff_id = orders.staff_id
               and cast(coalesce(orders.scheduled_start_at, orders.booked_at) as date) between staff.valid_from and staff.valid_to
