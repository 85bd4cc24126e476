-- One row per outlet of the week or month in scope, by profit (highest first): revenue, each cost, profit, margin,
-- the flags, and for a month the daily revenue target against the actual. Prorated amounts round half up to the cent;
-- their exact values go to the PDF alone, whose totals add them exactly before rounding.
with weeks as (
    select week_start_on as period_start_on, business_unit_code, outlet_code, outlet_name, revenue, direct_labour,
           claim_cost, outlet_expenses, admin_payroll, head_office_allocation, profit, margin, loss, review,
           cast(null as decimal(24,6)) as daily_revenue_target, cast(null as decimal(24,6)) as actual_daily_revenue
    from mart_outlet_profit_week
    where :period_kind = 'week' and week_start_on = :period_start
),
months as (
    select month_start_on, business_unit_code, outlet_code, outlet_name, revenue, direct_labour, claim_cost,
           outlet_expenses, admin_payroll, head_office_allocation, profit, margin, loss, false, daily_revenue_target,
           actual_daily_revenue
    from mart_outlet_profit_month
    where :period_kind = 'month' and month_start_on = :period_start
),
in_scope as (
    select * from weeks
    union all
    select * from months
)
select period_start_on,
       business_unit_code,
       outlet_code,
       outlet_name,
       revenue                                             as revenue_cny,
       direct_labour                                       as direct_labour_cny,
       claim_cost                                          as claim_cost_cny,
       cast(round(outlet_expenses, 2) as decimal(18,2))    as outlet_expenses_cny,
       cast(round(admin_payroll, 2) as decimal(18,2))      as admin_payroll_cny,
       cast(round(head_office_allocation, 2) as decimal(18,2)) as head_office_allocation_cny,
       cast(round(profit, 2) as decimal(18,2))             as profit_cny,
       cast(round(margin * 100, 1) as decimal(8,1))        as margin_pct,
       loss,
       review,
       cast(round(daily_revenue_target, 2) as decimal(18,2)) as daily_revenue_target_cny,
       cast(round(actual_daily_revenue, 2) as decimal(18,2)) as actual_daily_revenue_cny,
       cast(outlet_expenses as decimal(24,6))              as outlet_expenses_exact,
       cast(admin_payroll as decimal(24,6))                as admin_payroll_exact,
       cast(head_office_allocation as decimal(24,6))       as head_office_allocation_exact,
       cast(profit as decimal(24,6))                       as profit_exact
from in_scope
where (cast(:scope_business_unit as varchar) is null or business_unit_code = :scope_business_unit)
  and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
order by profit desc, outlet_code
