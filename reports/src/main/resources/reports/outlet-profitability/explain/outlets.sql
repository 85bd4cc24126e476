-- Every source row behind an outlet row of Outlet Profitability (metrics.md "Outlet profitability") for the week or
-- month in scope, read from the loaded facts, not the mart: completed and cancelled orders, settled claims, outlet
-- expenses, admin payroll and head-office expenses, each with its number, source id and load run, then what it adds
-- to each figure (null: nothing; a cost adds to profit negatively). A month's cost shared out (a week's days of the
-- month; the outlet's part of the month's company revenue) carries its share as share_times ÷ share_over, which
-- ./dw explain applies exactly; basis says the same in words.
with outlets as (
    select outlet_key, outlet_code, business_unit_code
    from dim_outlet
    where (cast(:scope_business_unit as varchar) is null or business_unit_code = :scope_business_unit)
      and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
),
months as (
    -- the months the period touches, with how many of the period's days fall in each
    select month_on,
           day(last_day(month_on))                                                          as days_in_month,
           datediff('day', greatest(cast(:period_start as date), month_on),
                    least(cast(:period_end as date), last_day(month_on))) + 1               as days_in_period
    from (select unnest(generate_series(date_trunc('month', cast(:period_start as date)),
                                        date_trunc('month', cast(:period_end as date)), interval 1 month))::date
                     as month_on)
),
orders as (
    -- every outlet's completed and cancelled orders of those months (the company's revenue needs them all); each
    -- status by its own day's column, so the scan skips the other months' row groups
    select service_order_key as source_id, order_no, load_run_id, outlet_key, staff_key, status,
           cast(completed_at as date) as on_day, amount, cancellation_fee, hours
    from fct_service_order
    where status = 'completed'
      and completed_at >= date_trunc('month', cast(:period_start as date))
      and completed_at < date_trunc('month', cast(:period_end as date)) + interval 1 month
    union all
    select service_order_key, order_no, load_run_id, outlet_key, staff_key, status,
           cast(cancelled_at as date), amount, cancellation_fee, hours
    from fct_service_order
    where status = 'cancelled'
      and cancelled_at >= date_trunc('month', cast(:period_start as date))
      and cancelled_at < date_trunc('month', cast(:period_end as date)) + interval 1 month
),
month_revenue as (
    -- each outlet's revenue per month, and the company's, for the head-office shares
    select outlet_key, date_trunc('month', on_day) as month_on,
           sum(case when status = 'completed' then amount else cancellation_fee end) as revenue
    from orders
    group by all
),
company_revenue as (
    select month_on, sum(revenue) as revenue from month_revenue group by all
),
order_rows as (
    select 'order' as source, orders.order_no as source_no, orders.source_id, orders.load_run_id,
           outlet.business_unit_code, outlet.outlet_code, orders.on_day,
           case when orders.status = 'completed' and staff.hourly_rate is not null
                then cast(orders.hours as varchar) || ' h × ' || cast(staff.hourly_rate as varchar) end as basis,
           1 as share_times, 1 as share_over,
           case when orders.status = 'completed' then orders.amount else orders.cancellation_fee end as revenue,
           case when orders.status = 'completed' then orders.hours * staff.hourly_rate end as direct_labour,
           null::decimal(14,2) as claim_cost, null::decimal(14,2) as outlet_expenses,
           null::decimal(14,2) as admin_payroll, null::decimal(14,2) as head_office_allocation
    from orders
    join outlets as outlet using (outlet_key)
    left join dim_staff as staff using (staff_key)
    where orders.on_day between :period_start and :period_end
),
claim_rows as (
    select 'claim', claim.claim_no, claim.claim_key, claim.load_run_id, outlet.business_unit_code, outlet.outlet_code,
           cast(claim.settled_at as date), null, 1, 1,
           null, null, claim.net_cost, null, null, null
    from fct_claim as claim
    join outlets as outlet using (outlet_key)
    where claim.status = 'settled'
      and cast(claim.settled_at as date) between :period_start and :period_end
),
expense_rows as (
    select 'outlet expense', expense.category, expense.outlet_expense_key, expense.load_run_id,
           outlet.business_unit_code, outlet.outlet_code,
           expense.month_on,
           cast(expense.amount as varchar) || ' × ' || months.days_in_period || ' ÷ ' || months.days_in_month
               || ' days',
           months.days_in_period, months.days_in_month,
           null, null, null, expense.amount, null, null
    from fct_outlet_expense as expense
    join outlets as outlet using (outlet_key)
    join months using (month_on)
),
payroll_rows as (
    -- admin payroll: at the payroll row's outlet, anyone whose position (the version the row points at) is not a
    -- service worker's
    select 'payroll', staff.staff_code || ' ' || staff.position, payroll.payroll_key, payroll.load_run_id,
           outlet.business_unit_code, outlet.outlet_code, payroll.month_on,
           cast(payroll.gross_pay as varchar) || ' × ' || months.days_in_period || ' ÷ ' || months.days_in_month
               || ' days',
           months.days_in_period, months.days_in_month,
           null, null, null, null, payroll.gross_pay, null
    from fct_payroll as payroll
    join outlets as outlet on outlet.outlet_key = payroll.outlet_key
    join dim_staff as staff on staff.staff_key = payroll.staff_key
    join months using (month_on)
    where staff.position <> 'service_worker'
),
head_office_rows as (
    -- the month's head-office cost × the outlet's revenue ÷ the company's (none when the company had none)
    select 'head office', 'head office ' || strftime(head_office.month_on, '%Y-%m'), head_office.hq_expense_key,
           head_office.load_run_id, outlet.business_unit_code, outlet.outlet_code, head_office.month_on,
           cast(head_office.amount as varchar) || ' × ' || cast(coalesce(outlet_revenue.revenue, 0) as varchar)
               || ' ÷ ' || cast(coalesce(company.revenue, 0) as varchar) || ' company revenue × '
               || months.days_in_period || ' ÷ ' || months.days_in_month || ' days',
           coalesce(outlet_revenue.revenue, 0) * months.days_in_period,
           case when coalesce(company.revenue, 0) = 0 then 0 else company.revenue * months.days_in_month end,
           null, null, null, null, null, head_office.amount
    from fct_hq_expense as head_office
    join months using (month_on)
    cross join outlets as outlet
    left join month_revenue as outlet_revenue
           on outlet_revenue.outlet_key = outlet.outlet_key and outlet_revenue.month_on = head_office.month_on
    left join company_revenue as company on company.month_on = head_office.month_on
),
every_row as (
    select * from order_rows
    union all select * from claim_rows
    union all select * from expense_rows
    union all select * from payroll_rows
    union all select * from head_office_rows
)
select source, source_no, source_id, load_run_id, business_unit_code, outlet_code, on_day, basis, share_times,
       share_over,
       revenue                                 as revenue_cny,
       direct_labour                           as direct_labour_cny,
       claim_cost                              as claim_cost_cny,
       outlet_expenses                         as outlet_expenses_cny,
       admin_payroll                           as admin_payroll_cny,
       head_office_allocation                  as head_office_allocation_cny,
       coalesce(revenue, 0) - coalesce(direct_labour, 0) - coalesce(claim_cost, 0) - coalesce(outlet_expenses, 0)
           - coalesce(admin_payroll, 0) - coalesce(head_office_allocation, 0) as profit_cny
from every_row
order by outlet_code, case source when 'order' then 0 when 'claim' then 1 when 'outlet expense' then 2
                                  when 'payroll' then 3 else 4 end, on_day, source_id
