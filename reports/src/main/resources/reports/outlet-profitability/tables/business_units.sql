-- One row per business unit in scope: its outlets' sums, each prorated amount summed exactly and then rounded half up
-- to the cent, and the margin of the sums.
with outlets as (
    select business_unit_code, business_unit_name_en, business_unit_name_zh, outlet_code, revenue, direct_labour,
           claim_cost, outlet_expenses, admin_payroll, head_office_allocation, profit, loss, review
    from mart_outlet_profit_week
    where :period_kind = 'week' and week_start_on = :period_start
    union all
    select business_unit_code, business_unit_name_en, business_unit_name_zh, outlet_code, revenue, direct_labour,
           claim_cost, outlet_expenses, admin_payroll, head_office_allocation, profit, loss, false
    from mart_outlet_profit_month
    where :period_kind = 'month' and month_start_on = :period_start
),
in_scope as (
    select * from outlets
    where (cast(:scope_business_unit as varchar) is null or business_unit_code = :scope_business_unit)
      and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
),
units as (
    select business_unit_code, min(business_unit_name_en) as business_unit_name_en,
           min(business_unit_name_zh) as business_unit_name_zh, count(*) as outlets,
           count(*) filter (where loss) as outlets_with_loss, count(*) filter (where review) as outlets_to_review,
           sum(revenue) as revenue, sum(direct_labour) as direct_labour, sum(claim_cost) as claim_cost,
           sum(outlet_expenses) as outlet_expenses, sum(admin_payroll) as admin_payroll,
           sum(head_office_allocation) as head_office_allocation, sum(profit) as profit
    from in_scope
    group by business_unit_code
)
select cast(:period_start as date)                          as period_start_on,
       business_unit_code,
       business_unit_name_en,
       business_unit_name_zh,
       outlets,
       outlets_with_loss,
       outlets_to_review,
       cast(revenue as decimal(18,2))                       as revenue_cny,
       cast(direct_labour as decimal(18,2))                 as direct_labour_cny,
       cast(claim_cost as decimal(18,2))                    as claim_cost_cny,
       cast(round(outlet_expenses, 2) as decimal(18,2))     as outlet_expenses_cny,
       cast(round(admin_payroll, 2) as decimal(18,2))       as admin_payroll_cny,
       cast(round(head_office_allocation, 2) as decimal(18,2)) as head_office_allocation_cny,
       cast(round(profit, 2) as decimal(18,2))              as profit_cny,
       display_percent(profit, revenue)                     as margin_pct
from units
order by business_unit_code
