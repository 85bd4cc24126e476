-- Outlet profitability per month (metrics.md), in DuckDB SQL alone: the yardstick for OutletProfitability's monthly
-- rows, from yardstick_outlet_flows and yardstick_outlet_month_costs (outlet_profitability_flows.sql and
-- outlet_profitability_month_costs.sql, run first). Months between the variables first_day and last_day (their
-- first days); the two months before are read for the daily target's trailing revenue. Divisions here are DuckDB's
-- (floating point), so the benchmark compares the prorated amounts and ratios within a tolerance.
create or replace temp table yardstick_outlet_profit_month as
with monthly_flows as (
    select outlet_code, date_trunc('month', day)::date as month_on, sum(revenue) as revenue, sum(labour) as labour,
           sum(claim_cost) as claim_cost
    from yardstick_outlet_flows group by all
),
months as (
    select outlet_code, business_unit_code, m::date as month_on,
           (opened_on is null or opened_on <= last_day(m::date))
               and (closed_on is null or closed_on >= m::date) as open
    from dim_outlet,
         range(getvariable('first_day') - interval 2 month, getvariable('last_day') + interval 1 day,
               interval 1 month) as t(m)
),
amounts as (
    select months.*, coalesce(monthly_flows.revenue, 0) as revenue, coalesce(monthly_flows.labour, 0) as labour,
           coalesce(monthly_flows.claim_cost, 0) as claim_cost,
           coalesce(costs.expenses, 0) as expenses, coalesce(costs.admin_payroll, 0) as admin_payroll,
           case when coalesce(costs.company_revenue, 0) = 0 then 0
                else costs.head_office * costs.month_revenue / costs.company_revenue end as head_office_allocation,
           day(last_day(months.month_on)) as days
    from months
    left join monthly_flows using (outlet_code, month_on)
    left join yardstick_outlet_month_costs as costs using (outlet_code, month_on)
),
with_three_months as (
    select *,
           sum(revenue) over three_months as revenue_3m,
           sum(labour + claim_cost) over three_months as variable_costs_3m
    from amounts
    window three_months as (partition by outlet_code order by month_on rows between 2 preceding and current row)
),
profit as (
    select *, revenue - labour - claim_cost - expenses - admin_payroll - head_office_allocation as profit,
           expenses + admin_payroll + head_office_allocation as fixed_costs
    from with_three_months
)
select month_on as month_start_on, business_unit_code, outlet_code, revenue, labour as direct_labour, claim_cost,
       expenses as outlet_expenses, admin_payroll, head_office_allocation, profit,
       case when revenue = 0 then null else profit / revenue end as margin,
       profit < 0 as loss,
       case when revenue_3m <= 0 then null
            when variable_costs_3m >= revenue_3m * getvariable('variable_cost_cap')
                then fixed_costs / ((1 - getvariable('variable_cost_cap')) * days)
            else fixed_costs * revenue_3m / ((revenue_3m - variable_costs_3m) * days) end as daily_revenue_target,
       revenue / days as actual_daily_revenue
from profit
where month_on between getvariable('first_day') and getvariable('last_day')
  and (open or revenue <> 0 or labour <> 0 or claim_cost <> 0 or expenses <> 0 or admin_payroll <> 0
       or head_office_allocation <> 0)
