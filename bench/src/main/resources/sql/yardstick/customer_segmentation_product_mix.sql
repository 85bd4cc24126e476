-- Completed orders and their amounts per product category in each month's window, over all active customers and
-- over premium ones, with their shares, in DuckDB SQL alone from yardstick_customer_segment_month
-- (customer_segmentation.sql, run first): the yardstick for CustomerSegmentation's product mix.
create or replace temp table yardstick_product_mix as
with months as (
    select m::date as month_start_on, last_day(m::date) as as_of
    from range(getvariable('first_day'), getvariable('last_day') + interval 1 day, interval 1 month) as t(m)
),
completed as (
    select fct_service_order.customer_id, cast(fct_service_order.completed_at as date) as day,
           fct_service_order.amount, dim_product.category as product_category
    from fct_service_order
    join dim_product using (product_key)
    join dim_customer on dim_customer.customer_id = fct_service_order.customer_id and dim_customer.is_current
    where fct_service_order.status = 'completed' and fct_service_order.completed_at is not null
),
in_windows as (
    select months.month_start_on, completed.*
    from months
    join completed on completed.day between months.month_start_on - interval 11 month and months.as_of
),
mix as (
    select month_start_on, 'all' as population, product_category, count(*) as orders, sum(amount) as amount
    from in_windows
    group by all
    union all
    select in_windows.month_start_on, 'premium', product_category, count(*), sum(amount)
    from in_windows
    join yardstick_customer_segment_month as customer_months using (month_start_on, customer_id)
    where customer_months.premium
    group by all
)
select *, orders / sum(orders) over (partition by month_start_on, population) as order_share,
       amount / sum(amount) over (partition by month_start_on, population) as amount_share
from mix
