-- Per outlet and month (metrics.md "Outlet profitability"), in DuckDB SQL alone: outlet expenses, admin payroll, the
-- outlet's revenue, the company's revenue and the head-office cost, kept apart as OutletProfitability's monthly
-- costs keep them, for outlet_profitability_week.sql (prorated per day) and outlet_profitability_month.sql (run
-- after it, and after outlet_profitability_flows.sql).
create or replace temp table yardstick_outlet_month_costs as
with month_revenue as (
    select outlet_code, date_trunc('month', day)::date as month_on, sum(revenue) as month_revenue
    from yardstick_outlet_flows group by all
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
outlet_costs as (
    select outlet_code, month_on, sum(expenses) as expenses, sum(admin_payroll) as admin_payroll from costs group by all
),
company as (
    select month_on, sum(month_revenue) as company_revenue from month_revenue group by all
),
head_office as (
    select date_trunc('month', month_on)::date as month_on, sum(amount) as head_office from fct_hq_expense group by all
)
select outlet_code, month_on, coalesce(outlet_costs.expenses, 0) as expenses,
       coalesce(outlet_costs.admin_payroll, 0) as admin_payroll,
       coalesce(month_revenue.month_revenue, 0) as month_revenue,
       coalesce(company.company_revenue, 0) as company_revenue, coalesce(head_office.head_office, 0) as head_office
from outlet_costs
full join month_revenue using (outlet_code, month_on)
left join company using (month_on)
left join head_office using (month_on)
