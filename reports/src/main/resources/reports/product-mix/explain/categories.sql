-- The orders behind a product category's row of the Product Mix (metrics.md "Customer segmentation", product mix;
-- --row product_category:CATEGORY), read from the loaded orders, not the mart: each completed order of the category
-- in the 12 months to the month's last day, with its number, source id and load run, its customer and whether
-- customer_window finds them premium; each adds 1 and its amount (fees are not included) to all customers' figures,
-- and to the premium customers' when theirs. Each share is the category's figure over the table's column total.
with bounds as (
    select cast(:period_end as date)                                            as as_of,
           cast(cast(:period_start as date) - to_months(11) as date)            as window_start
),
customers as (
    select customer_id, customer_code, premium
    from customer_window(cast(:period_end as date))
    where segment <> 'lapsed'
)
select orders.order_no                                  as source_no,
       orders.service_order_key                         as source_id,
       orders.load_run_id,
       product.category                                 as product_category,
       customers.customer_code,
       customers.premium,
       cast(orders.completed_at as date)                as on_day,
       1                                                as all_orders,
       orders.amount                                    as all_amount_cny,
       case when customers.premium then 1 end           as premium_orders,
       case when customers.premium then orders.amount end as premium_amount_cny
from fct_service_order as orders
join customers using (customer_id)
join dim_product as product using (product_key)
cross join bounds
where orders.status = 'completed'
  and cast(orders.completed_at as date) between bounds.window_start and bounds.as_of
  and product.category = :row_product_category
order by on_day, source_no
