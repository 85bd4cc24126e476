-- One row per product category of the month: completed orders in the trailing 12 months and their amounts (fees not
-- included) with their shares, over all active customers and over the premium customers, side by side.
with mix as (
    select * from mart_product_mix_month where month_start_on = :period_start
),
categories as (
    select distinct product_category from mix
)
select cast(:period_start as date)                                   as month_start_on,
       categories.product_category,
       coalesce(all_customers.orders, 0)                             as all_orders,
       cast(coalesce(all_customers.amount, 0) as decimal(18,2))      as all_amount_cny,
       cast(round(all_customers.order_share * 100, 1) as decimal(8,1))  as all_order_pct,
       cast(round(all_customers.amount_share * 100, 1) as decimal(8,1)) as all_amount_pct,
       coalesce(premium.orders, 0)                                   as premium_orders,
       cast(coalesce(premium.amount, 0) as decimal(18,2))            as premium_amount_cny,
       cast(round(premium.order_share * 100, 1) as decimal(8,1))     as premium_order_pct,
       cast(round(premium.amount_share * 100, 1) as decimal(8,1))    as premium_amount_pct
from categories
left join mix as all_customers
       on all_customers.product_category = categories.product_category and all_customers.population = 'all'
left join mix as premium
       on premium.product_category = categories.product_category and premium.population = 'premium'
order by coalesce(all_customers.amount, 0) desc, categories.product_category
