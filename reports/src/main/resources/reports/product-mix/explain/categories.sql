-- The orders behind a product category's row of the Product Mix (metrics.md "Customer segmentation", product mix;
-- --row product_category:CATEGORY), read from the loaded orders, not the mart: each completed order of the category
-- in the 12 months to the month's last day, with its number, source id and load run, its customer and whether
-- customer_window finds them premium; each adds 1 and its amount (fees are not included) to all customers' figures,
-- and to the premium customers' when theirs. Each share is the category's figure over the table's column total.
with customers as (
    select customer_id, customer_code, premium
    from customer_window(cast(:period_end as date))
    where segment <> 'lapsed'
),
-- the category's completed orders in the window, found before the customers are joined to them
orders as (
    select orders.order_no, orders.service_order_key, orders.load_run_id, orders.customer_id, orders.amount,
           cast(orders.completed_at as date) as on_day
    from fct_service_order as orders
    where orders.status = 'completed'
      and orders.completed_at >= cast(cast(:period_start as date) - to_months(11) as timestamp)
      and orders.completed_at < cast(cast(:period_end as date) + 1 as timestamp)
      and orders.product_key in (select product_key from dim_product where category = :row_product_category)
)
select orders.order_no                                  as source_no,
       orders.service_order_key                         as source_id,
       orders.load_run_id,
       cast(:row_product_category as varchar)           as product_category,
       customers.customer_code,
       customers.premium,
       orders.on_day,
       1                                                as all_orders,
       orders.amount                                    as all_amount_cny,
       case when customers.premium then 1 end           as premium_orders,
       case when customers.premium then orders.amount end as premium_amount_cny
from orders
join customers using (customer_id)
order by on_day, source_no
