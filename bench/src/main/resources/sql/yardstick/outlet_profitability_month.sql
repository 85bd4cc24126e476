-- Outlet profitability per month (metrics.md), in DuckDB SQL alone: the yardstick for OutletProfitability's monthly
-- rows, from yardstick_outlet_flows (outlet_profitability_flows.sql, run first). Months between the variables
-- first_day and last_day (their first days); the two months before are read for the daily target's trailing
-- revenue. Divisions here are DuckDB's (floating point), so the benchmark compares the prorated amounts and ratios
-- within a tolerance.
create or replace temp table yardstick_outlet_profit_month as
with flows as (
    select * from yardstick_outlet_flows
),
monthly_flows as (
    select outlet_code, date_trunc('month', day)::date as month_on, sum(revenue) as revenue, sum(labour) as labour,
           sum(claim_cost) as claim_cost
    from flows group by all
),
costs as (
    select dim_outlet.outlet_code, date_trunc('month', fct_outlet_expense.month_on)::date as month_on,
           sum(fct_outlet_expense.amount) as expenses, 0 as admin_payroll
    from fct_outlet_expense join dim_outlet using (outlet_key) group by all
    union all
    select dim_outlet.outlet_code, date_trunc('month', fct_payroll.month_on)::date, 0, sum(fct_payroll.gross_pay)
    from fct_payroll
    join dim_outlet on dim_outlet.outlet_key = fct_payroll.outlet_key
    join dim_staff on dim_staff.staff_key = fct_payroll.staff_key
    where coalesce(dim_staff.position, '') <> 'service_worker'
    group by all
),
outlet_costs as (
    select outlet_code, month_on, sum(expenses) as expenses, sum(admin_payroll) as admin_payroll from costs group by all
),
company as (
    select month_on, sum(revenue) as company_revenue from monthly_flows group by all
),
head_office as (
    select date_trunc('month', month_on)::date as month_on, sum(amount) as head_office from fct_hq_expense group by all
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
           coalesce(outlet_costs.expenses, 0) as expenses, coalesce(outlet_costs.admin_payroll, 0) as admin_payroll,
           case when coalesce(company.company_revenue, 0) = 0 then 0
                else coalesce(head_office.head_office, 0) * coalesce(monthly_flows.revenue, 0)
                     / company.company_revenue end as head_office_allocation,
           day(last_day(months.month_on)) as days
    from months
    left join monthly_flows using (outlet_code, month_on)
    left join outlet_costs using (outlet_code, month_on)
    left join company using (month_on)
    left join head_office using (month_on)
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
            when variable_costs_3m >= revenue_3m * 0.95 then fixed_costs / (0.05 * days)
            else fixed_costs * revenue_3m / ((revenue_3m - variable_costs_3m) * days) end as daily_revenue_target,
       revenue / days as actual_daily_revenue
from profit
where month_on between getvariable('first_day') and getvariable('last_day')
  and (open or revenue <> 0 or labour <> 0 or claim_cost <> 0 or expenses <> 0 or admin_payroll <> 0
       or head_office_allocation <> 0)
