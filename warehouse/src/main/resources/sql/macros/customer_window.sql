-- customer_window(as_of): every customer as of a month's last day over the trailing 12 months (metrics.md "Customer
-- segmentation"), read from the loaded orders, flags and customers: the active ones with their revenue (completed
-- amounts and cancellation fees in the window), orders, order months, first and last order, recency, Pareto rank
-- and top fifth, flags, primary segment and RFM scores (each with its position among the active customers); and
-- those whose last completed order came before the window, as lapsed. CustomerSegmentation computes the same in Spark
-- for the marts; explanations read this, so the two are independent routes to each figure. ${…} are the policy's
-- numbers, put in by Warehouse. The orders are read once, grouped once (an explanation's time is mostly this).
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
           status = 'completed'                                              as completed,
           cast(completed_at as date)                                        as completed_on,
           case when status = 'completed' then amount else coalesce(cancellation_fee, 0) end as revenue,
           (status = 'completed' and cast(completed_at as date) between bounds.window_start and bounds.as_of)
               or (status = 'cancelled' and cast(cancelled_at as date) between bounds.window_start and bounds.as_of)
                                                                             as in_window,
           -- a completed order's month of the window (0 to 11) as a bit: the customer's months are their bits' union
           case when status = 'completed'
                     and cast(completed_at as date) between bounds.window_start and bounds.as_of
                then cast(1 as bigint) << cast(datediff('month', bounds.window_start, cast(completed_at as date)) as integer)
           end                                                               as month_bit
    from fct_service_order, bounds
    where status in ('completed', 'cancelled')
),
-- each customer's orders in one pass: the window's revenue, orders and months, and their first and last order ever
per_customer as (
    select customer_id,
           sum(revenue) filter (where in_window)                                         as revenue,
           count(*) filter (where in_window and completed)                               as orders,
           coalesce(bit_count(bit_or(month_bit)), 0)                                     as order_months,
           max(completed_on) filter (where in_window and completed)                      as last_order_on,
           min(completed_on) filter (where completed and completed_on <= cast(as_of as date)) as first_order_on,
           max(completed_on) filter (where completed and completed_on <= cast(as_of as date)) as last_ever_on
    from orders
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
           per_customer.revenue,
           per_customer.orders,
           per_customer.order_months,
           per_customer.first_order_on,
           per_customer.last_order_on,
           bounds.as_of - per_customer.last_order_on                                 as recency_days,
           row_number() over (order by per_customer.revenue desc, customers.customer_code) as pareto_rank,
           count(*) over ()                                                          as active_customers,
           coalesce(customers.kind = 'enterprise', false)
               and per_customer.revenue >= ${keyAccountRevenue}                      as key_account,
           per_customer.order_months >= ${loyalMonths}                               as loyal,
           per_customer.first_order_on <= bounds.as_of - to_months(${longTermMonths}) as long_term,
           per_customer.last_order_on <= bounds.as_of - ${atRiskDays}                as at_risk,
           flagged.customer_id is not null                                           as watch,
           ntile(5) over by_recency                                                  as r_score,
           ntile(5) over by_orders                                                   as f_score,
           ntile(5) over by_revenue                                                  as m_score,
           row_number() over by_recency                                              as r_position,
           row_number() over by_orders                                               as f_position,
           row_number() over by_revenue                                              as m_position
    from per_customer
    join customers using (customer_id)
    left join flagged using (customer_id)
    cross join bounds
    where per_customer.orders > 0
    -- RFM from worst to best, ties by customer code (recency: most days is worst)
    window by_recency as (order by bounds.as_of - per_customer.last_order_on desc, customers.customer_code),
           by_orders as (order by per_customer.orders, customers.customer_code),
           by_revenue as (order by per_customer.revenue, customers.customer_code)
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
select customers.customer_id, customers.customer_code, customers.kind, 0.00, 0, 0, per_customer.first_order_on,
       per_customer.last_ever_on, null, null, false, false, false, false, false, false, false, 'lapsed', null, null, null,
       null, null, null, null
from per_customer
join customers using (customer_id)
cross join bounds
where per_customer.last_ever_on < bounds.window_start
