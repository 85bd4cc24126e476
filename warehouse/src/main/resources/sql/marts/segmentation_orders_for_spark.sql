-- The orders the months' windows need (from the first window's first day, getvariable('window_start'), to the last
-- month's end, getvariable('window_end')) and every customer's first completed order, whenever it was (long-term,
-- lapsed), with its customer, local days, amounts and product category: the orders input of CustomerSegmentation.
with orders as (
    select fct_service_order.customer_id,
           fct_service_order.status,
           cast(fct_service_order.completed_at as date) as completed_on,
           cast(fct_service_order.cancelled_at as date) as cancelled_on,
           fct_service_order.amount,
           fct_service_order.cancellation_fee,
           dim_product.category as product_category
    from fct_service_order
    join dim_product using (product_key)
    where fct_service_order.status in ('completed', 'cancelled')
)
select *
from orders
qualify coalesce(completed_on, cancelled_on) between getvariable('window_start') and getvariable('window_end')
     or completed_on = min(completed_on) over (partition by customer_id)
