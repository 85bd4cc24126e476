-- Every row behind a customer's row of the Premium Customer Summary (metrics.md "Customer segmentation"), one customer
-- at a time (--row customer_code:CODE), read from the loaded orders, not the mart: their completed orders and
-- cancellation fees in the 12 months to the month's last day, each with its number, source id and load run, and what
-- it adds to revenue, orders, order months (each month's first order) and recency (the last order: its days to the
-- month's last day); then, for the Pareto rank, each active customer ranked at or ahead of them by revenue (ties by
-- customer code) as customer_window ranks them, each adding 1.
with bounds as (
    select cast(:period_end as date)                                            as as_of,
           cast(cast(:period_start as date) - to_months(11) as date)            as window_start
),
customer as (
    -- the customer's own rows need no ranking: a figure of those alone does not rank every customer
    select customer_id, customer_code from dim_customer where is_current and customer_code = :row_customer_code
),
windowed as materialized (
    select * from customer_window(cast(:period_end as date)) where segment <> 'lapsed'
),
source_rows as (
    select 'order' as source, orders.order_no as source_no, orders.service_order_key as source_id,
           orders.load_run_id, customer.customer_code, orders.status, cast(orders.completed_at as date) as on_day,
           product.category as product_category, orders.amount as revenue_cny
    from fct_service_order as orders
    join customer using (customer_id)
    join dim_product as product using (product_key)
    cross join bounds
    where orders.status = 'completed'
      and cast(orders.completed_at as date) between bounds.window_start and bounds.as_of
    union all
    select 'cancellation fee', orders.order_no, orders.service_order_key, orders.load_run_id, customer.customer_code,
           orders.status, cast(orders.cancelled_at as date), product.category, orders.cancellation_fee
    from fct_service_order as orders
    join customer using (customer_id)
    join dim_product as product using (product_key)
    cross join bounds
    where orders.status = 'cancelled'
      and cast(orders.cancelled_at as date) between bounds.window_start and bounds.as_of
),
counted as (
    select source_rows.*,
           case when status = 'completed' then 1 end as orders,
           case when status = 'completed'
                     and row_number() over (partition by status, date_trunc('month', on_day)
                                            order by on_day, source_no) = 1 then 1 end as order_months,
           case when status = 'completed'
                     and row_number() over (partition by status order by on_day desc, source_no) = 1
                then (select as_of from bounds) - on_day end as recency_days
    from source_rows
)
select source, source_no, source_id, load_run_id, customer_code, status, on_day, product_category,
       cast(null as decimal(18,2)) as customer_revenue, revenue_cny, orders, order_months, recency_days,
       cast(null as integer) as pareto_rank
from counted
union all
-- the customers ranked at or ahead of this one
select 'customer ranked', ranked.customer_code, ranked.customer_id, null, customer.customer_code, null,
       ranked.last_order_on, null, ranked.revenue, null, null, null, null, 1
from windowed as ranked
join windowed as customer on customer.customer_code = :row_customer_code and ranked.pareto_rank <= customer.pareto_rank
-- the customer's own rows by day, then the ranked customers in rank order
order by source desc, customer_revenue desc, on_day, source_no
