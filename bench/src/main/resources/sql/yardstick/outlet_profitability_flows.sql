-- Revenue, direct labour and claim cost per outlet and day (metrics.md "Outlet profitability"), in DuckDB SQL alone:
-- what outlet_profitability_month_costs.sql, outlet_profitability_week.sql and outlet_profitability_month.sql (run
-- after it) sum.
create or replace temp table yardstick_outlet_flows as
with orders as (
    select dim_outlet.outlet_code, fct_service_order.status,
           cast(fct_service_order.completed_at as date) as completed_on,
           cast(fct_service_order.cancelled_at as date) as cancelled_on,
           fct_service_order.amount, fct_service_order.cancellation_fee, fct_service_order.hours,
           dim_staff.hourly_rate as lead_hourly_rate
    from fct_service_order
    join dim_outlet using (outlet_key)
    left join dim_staff using (staff_key)
    where fct_service_order.status in ('completed', 'cancelled')
),
day_flows as (
    select outlet_code, completed_on as day, amount as revenue,
           cast(coalesce(hours * lead_hourly_rate, 0) as decimal(18, 2)) as labour, 0 as claim_cost
    from orders where status = 'completed' and completed_on is not null
    union all
    select outlet_code, cancelled_on, coalesce(cancellation_fee, 0), 0, 0
    from orders where status = 'cancelled' and cancelled_on is not null
    union all
    select dim_outlet.outlet_code, cast(fct_claim.settled_at as date), 0, 0, fct_claim.net_cost
    from fct_claim join dim_outlet using (outlet_key)
    where fct_claim.status = 'settled' and fct_claim.settled_at is not null
)
select outlet_code, day, sum(revenue) as revenue, sum(labour) as labour, sum(claim_cost) as claim_cost
from day_flows
group by all
