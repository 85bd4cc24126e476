-- Customer segmentation per month (metrics.md), in DuckDB SQL alone: the yardstick for CustomerSegmentation's
-- customers. Months between the variables first_day and last_day (their first days), each as of its last day over
-- the trailing 12 months; thresholds from the variables key_account_revenue, loyal_months, long_term_months,
-- at_risk_days and top_share. The summaries read this table: customer_segmentation_{summary,pareto,product_mix}.sql.
create or replace temp table yardstick_customer_segment_month as
with orders as (
    select fct_service_order.customer_id, fct_service_order.status,
           cast(fct_service_order.completed_at as date) as completed_on,
           cast(fct_service_order.cancelled_at as date) as cancelled_on,
           fct_service_order.amount, fct_service_order.cancellation_fee, dim_product.category as product_category
    from fct_service_order
    join dim_product using (product_key)
    where fct_service_order.status in ('completed', 'cancelled')
),
customers as (
    select customer_id, customer_code, kind from dim_customer where is_current
),
events as (
    select customer_id, completed_on as day, amount as revenue, true as is_order
    from orders where status = 'completed' and completed_on is not null
    union all
    select customer_id, cancelled_on, coalesce(cancellation_fee, 0), false
    from orders where status = 'cancelled' and cancelled_on is not null
),
first_orders as (
    select customer_id, min(completed_on) as first_order_on
    from orders where status = 'completed' and completed_on is not null
    group by all
),
months as (
    select m::date as month_start_on, last_day(m::date) as as_of
    from range(getvariable('first_day'), getvariable('last_day') + interval 1 day, interval 1 month) as t(m)
),
customer_months as (
    select customer_id, date_trunc('month', day)::date as order_month, sum(revenue) as revenue,
           count(*) filter (where is_order) as orders, max(day) filter (where is_order) as last_order_on
    from events
    group by all
),
windows as (
    select months.month_start_on, any_value(months.as_of) as as_of, customer_months.customer_id,
           sum(customer_months.revenue) as revenue, sum(customer_months.orders) as orders,
           count(*) filter (where customer_months.orders > 0) as order_months,
           max(customer_months.last_order_on) as last_order_on
    from months
    join customer_months
      on customer_months.order_month between months.month_start_on - interval 11 month and months.month_start_on
    group by months.month_start_on, customer_months.customer_id
    having sum(customer_months.orders) > 0
),
watched as (
    select distinct months.month_start_on, fct_customer_flag.customer_id
    from months
    join fct_customer_flag
      on fct_customer_flag.noted_on between months.month_start_on - interval 11 month and months.as_of
),
flagged as (
    select windows.*, customers.customer_code, customers.kind, first_orders.first_order_on,
           datediff('day', windows.last_order_on, windows.as_of) as recency_days,
           customers.kind = 'enterprise' and windows.revenue >= getvariable('key_account_revenue') as key_account,
           windows.order_months >= getvariable('loyal_months') as loyal,
           first_orders.first_order_on <= windows.as_of - to_months(getvariable('long_term_months')) as long_term,
           windows.last_order_on <= windows.as_of - to_days(getvariable('at_risk_days')) as at_risk,
           watched.customer_id is not null as watch
    from windows
    join customers using (customer_id)
    join first_orders using (customer_id)
    left join watched using (month_start_on, customer_id)
),
ranked as (
    select *,
           row_number() over (partition by month_start_on order by revenue desc, customer_code) as pareto_rank,
           count(*) over (partition by month_start_on) as active,
           ntile(5) over (partition by month_start_on order by recency_days desc, customer_code) as r_score,
           ntile(5) over (partition by month_start_on order by orders, customer_code) as f_score,
           ntile(5) over (partition by month_start_on order by revenue, customer_code) as m_score
    from flagged
),
scored as (
    select *, pareto_rank <= ceil(active * getvariable('top_share')) as top_fifth
    from ranked
)
select month_start_on, customer_id, customer_code, kind,
       case when key_account then 'key_account' when top_fifth and not watch then 'premium' when loyal then 'loyal'
            when long_term then 'long_term' when at_risk then 'at_risk' else 'regular' end as segment,
       first_order_on, revenue, orders, order_months, last_order_on, recency_days, pareto_rank, top_fifth,
       key_account, top_fifth and not watch as premium, loyal, long_term, at_risk, watch, r_score, f_score, m_score
from scored
