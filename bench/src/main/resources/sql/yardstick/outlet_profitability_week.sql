-- Outlet profitability per ISO week (metrics.md), in DuckDB SQL alone: the yardstick for OutletProfitability's
-- weekly rows, from yardstick_outlet_flows (outlet_profitability_flows.sql, run first). Weeks whose Mondays fall
-- between the variables first_week and last_week; the week before is read for the review flag. A week takes each
-- month's monthly costs × its days in that month ÷ the month's days. Divisions here are DuckDB's (floating point),
-- so the benchmark compares the prorated amounts and ratios within a tolerance.
create or replace temp table yardstick_outlet_profit_week as
with flows as (
    select * from yardstick_outlet_flows
),
weekly_flows as (
    select outlet_code, date_trunc('week', day)::date as week_on, sum(revenue) as revenue, sum(labour) as labour,
           sum(claim_cost) as claim_cost
    from flows group by all
),
monthly_revenue as (
    select outlet_code, date_trunc('month', day)::date as month_on, sum(revenue) as month_revenue
    from flows group by all
),
costs as (
    select dim_outlet.outlet_code, date_trunc('month', fct_outlet_expense.month_on)::date as month_on,
           fct_outlet_expense.amount as expenses, 0 as admin_payroll
    from fct_outlet_expense join dim_outlet using (outlet_key)
    union all
    select dim_outlet.outlet_code, date_trunc('month', fct_payroll.month_on)::date, 0, fct_payroll.gross_pay
    from fct_payroll
    join dim_outlet on dim_outlet.outlet_key = fct_payroll.outlet_key
    join dim_staff on dim_staff.staff_key = fct_payroll.staff_key
    where coalesce(dim_staff.position, '') <> 'service_worker'
),
outlet_months as (
    select outlet_code, month_on, coalesce(c.expenses, 0) as expenses, coalesce(c.admin_payroll, 0) as admin_payroll,
           coalesce(r.month_revenue, 0) as month_revenue
    from (select outlet_code, month_on, sum(expenses) as expenses, sum(admin_payroll) as admin_payroll
          from costs group by all) as c
    full join monthly_revenue as r using (outlet_code, month_on)
),
company as (
    select month_on, sum(month_revenue) as company_revenue from monthly_revenue group by all
),
head_office as (
    select date_trunc('month', month_on)::date as month_on, sum(amount) as head_office from fct_hq_expense group by all
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
           sum(case when coalesce(company_revenue, 0) = 0 then 0
                    else coalesce(head_office, 0) * month_revenue * days_in_week
                         / (company_revenue * day(last_day(month_on))) end) as head_office_allocation
    from outlet_months
    join week_months using (month_on)
    left join company using (month_on)
    left join head_office using (month_on)
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
