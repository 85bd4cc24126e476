-- Outlet profitability per ISO week (metrics.md), in DuckDB SQL alone: the yardstick for OutletProfitability's
-- weekly rows, from yardstick_outlet_flows and yardstick_outlet_month_costs (outlet_profitability_flows.sql and
-- outlet_profitability_month_costs.sql, run first). Weeks whose Mondays fall between the variables first_week and
-- last_week; the week before is read for the review flag. A week takes each month's monthly costs × its days in that
-- month ÷ the month's days. Divisions here are DuckDB's (floating point), so the benchmark compares the prorated
-- amounts and ratios within a tolerance.
create or replace temp table yardstick_outlet_profit_week as
with weekly_flows as (
    select outlet_code, date_trunc('week', day)::date as week_on, sum(revenue) as revenue, sum(labour) as labour,
           sum(claim_cost) as claim_cost
    from yardstick_outlet_flows group by all
),
week_months as (
    select date_trunc('week', d)::date as week_on, date_trunc('month', d)::date as month_on, count(*) as days_in_week
    from range(getvariable('first_week') - interval 7 day, getvariable('last_week') + interval 7 day,
               interval 1 day) as t(d)
    group by all
),
prorated as (
    select outlet_code, week_on,
           sum(expenses * days_in_week / day(last_day(month_on))) as expenses,
           sum(admin_payroll * days_in_week / day(last_day(month_on))) as admin_payroll,
           sum(case when company_revenue = 0 then 0
                    else head_office * month_revenue * days_in_week
                         / (company_revenue * day(last_day(month_on))) end) as head_office_allocation
    from yardstick_outlet_month_costs
    join week_months using (month_on)
    group by all
),
weeks as (
    select outlet_code, business_unit_code, w::date as week_on,
           (opened_on is null or opened_on <= w::date + 6) and (closed_on is null or closed_on >= w::date) as open
    from dim_outlet,
         range(getvariable('first_week') - interval 7 day, getvariable('last_week') + interval 1 day,
               interval 7 day) as t(w)
),
amounts as (
    select weeks.*, coalesce(weekly_flows.revenue, 0) as revenue, coalesce(weekly_flows.labour, 0) as labour,
           coalesce(weekly_flows.claim_cost, 0) as claim_cost, coalesce(prorated.expenses, 0) as expenses,
           coalesce(prorated.admin_payroll, 0) as admin_payroll,
           coalesce(prorated.head_office_allocation, 0) as head_office_allocation
    from weeks
    left join weekly_flows using (outlet_code, week_on)
    left join prorated using (outlet_code, week_on)
),
profit as (
    select *, revenue - labour - claim_cost - expenses - admin_payroll - head_office_allocation as profit
    from amounts
),
flagged as (
    select *, profit < 0 as loss,
           lag(profit < 0) over (partition by outlet_code order by week_on) as loss_week_before
    from profit
)
select week_on as week_start_on, business_unit_code, outlet_code, revenue, labour as direct_labour, claim_cost,
       expenses as outlet_expenses, admin_payroll, head_office_allocation, profit,
       case when revenue = 0 then null else profit / revenue end as margin,
       loss, loss and coalesce(loss_week_before, false) as review
from flagged
where week_on between getvariable('first_week') and getvariable('last_week')
  and (open or revenue <> 0 or labour <> 0 or claim_cost <> 0 or expenses <> 0 or admin_payroll <> 0
       or head_office_allocation <> 0)
