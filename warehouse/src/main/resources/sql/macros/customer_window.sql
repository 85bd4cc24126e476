-- customer_window(as_of): every customer as of a month's last day over the trailing 12 months (metrics.md "Customer
-- segmentation"), read from the loaded orders, flags and customers: the active ones with their revenue (completed
-- amounts and cancellation fees in the window), orders, order months, first and last order, recency, Pareto rank
-- and top fifth, flags, primary segment and RFM scores (each with its position among the active customers); and
-- those whose last completed order came before the window, as lapsed. CustomerSegmentation computes the same in Spark for the marts; explanations read this, so the two are
-- independent routes to each figure. ${…} are the policy's numbers, put in by Warehouse.
create or replace temp macro customer_window(as_of) as table
with bounds as (
    select cast(as_of as date)                                         as as_of,
           cast(date_trunc('month', cast(as_of as date)) - to_months(11) as date) as window_start
),
customers as (
    select customer_id, customer_code, kind from dim_customer where is_current
),
orders as (
    select customer_id,
           status,
           cast(completed_at as date) as completed_on,
           cast(cancelled_at as date) as cancelled_on,
           amount,
           coalesce(cancellation_fee, 0) as fee
    from fct_service_order
    where status in ('completed', 'cancelled')
),
in_window as (
    select orders.customer_id,
           sum(case when status = 'completed' then amount else fee end)          as revenue,
           count(*) filter (where status = 'completed')                          as orders,
           count(distinct date_trunc('month', completed_on)) filter (where status = 'completed') as order_months,
           max(completed_on) filter (where status = 'completed')                 as last_order_on
    from orders, bounds
    where (status = 'completed' and completed_on between bounds.window_start and bounds.as_of)
       or (status = 'cancelled' and cancelled_on between bounds.window_start and bounds.as_of)
    group by orders.customer_id
),
ever as (
    select customer_id, min(completed_on) as first_order_on, max(completed_on) as last_ever_on
    from orders, bounds
    where status = 'completed' and completed_on <= bounds.as_of
    group by customer_id
),
flagged as (
    select distinct customer_id
    from fct_customer_flag, bounds
    where noted_on between bounds.window_start and bounds.as_of
),
active as (
    select customers.customer_id,
           customers.customer_code,
           customers.kind,
           in_window.revenue,
           in_window.orders,
           in_window.order_months,
           ever.first_order_on,
           in_window.last_order_on,
           bounds.as_of - in_window.last_order_on                                   as recency_days,
           row_number() over (order by in_window.revenue desc, customers.customer_code) as pareto_rank,
           count(*) over ()                                                          as active_customers,
           coalesce(customers.kind = 'enterprise', false)
               and in_window.revenue >= ${keyAccountRevenue}                         as key_account,
           in_window.order_months >= ${loyalMonths}                                  as loyal,
           ever.first_order_on <= bounds.as_of - to_months(${longTermMonths})        as long_term,
           in_window.last_order_on <= bounds.as_of - ${atRiskDays}                   as at_risk,
           flagged.customer_id is not null                                           as watch,
           ntile(5) over by_recency                                                  as r_score,
           ntile(5) over by_orders                                                   as f_score,
           ntile(5) over by_revenue                                                  as m_score,
           row_number() over by_recency                                              as r_position,
           row_number() over by_orders                                               as f_position,
           row_number() over by_revenue                                              as m_position
    from in_window
    join customers using (customer_id)
    join ever using (customer_id)
    left join flagged using (customer_id)
    cross join bounds
    where in_window.orders > 0
    -- RFM from worst to best, ties by customer code (recency: most days is worst)
    window by_recency as (order by bounds.as_of - in_window.last_order_on desc, customers.customer_code),
           by_orders as (order by in_window.orders, customers.customer_code),
           by_revenue as (order by in_window.revenue, customers.customer_code)
),
ranked as (
    select *,
           pareto_rank <= ceil(active_customers * ${topShare}) as top_fifth
    from active
)
select customer_id, customer_code, kind, revenue, orders, order_months, first_order_on, last_order_on, recency_days,
       pareto_rank, top_fifth, key_account, top_fifth and not watch as premium, loyal, long_term, at_risk, watch,
       case when key_account then 'key_account'
            when top_fifth and not watch then 'premium'
            when loyal then 'loyal'
            when long_term then 'long_term'
            when at_risk then 'at_risk'
            else 'regular' end as segment,
       r_score, f_score, m_score, r_position, f_position, m_position, active_customers
from ranked
union all
select customers.customer_id, customers.customer_code, customers.kind, 0.00, 0, 0, ever.first_order_on,
       ever.last_ever_on, null, null, false, false, false, false, false, false, false, 'lapsed', null, null, null,
       null, null, null, null
from ever
join customers using (customer_id)
cross join bounds
where ever.last_ever_on < bounds.window_start
