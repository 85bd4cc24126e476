-- The orders behind a product category's row of the Product Mix (metrics.md "Customer segmentation", product mix;
-- --row product_category:CATEGORY), read from the loaded orders, not the mart: each completed order of the category
-- in the 12 months to the month's last day, with its number, source id, load run and customer, adds 1 and its amount
-- (fees are not included) to all customers' figures (every such order's customer is active); and once more, to the
-- premium customers' figures, when customer_window finds its customer premium. The two sets are apart so that a
-- figure of all customers does not rank every customer. Each share is the category's figure over the table's column
-- total.
with orders as (
    -- the category's completed orders in the window, found before the customers are joined to them
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
       orders.on_day,
       1                                                as all_orders,
       orders.amount                                    as all_amount_cny,
       cast(null as integer)                            as premium_orders,
       cast(null as decimal(14, 2))                     as premium_amount_cny
from orders
join dim_customer as customers on customers.customer_id = orders.customer_id and customers.is_current
union all
select orders.order_no,
       orders.service_order_key,
       orders.load_run_id,
       cast(:row_product_category as varchar),
       premium.customer_code,
       orders.on_day,
       null,
       null,
       1,
       orders.amount
from orders
join customer_window(cast(:period_end as date)) as premium
  on premium.customer_id = orders.customer_id and premium.premium
order by on_day, source_no
