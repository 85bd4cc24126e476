-- The one row an e-mail leads with: the company's leavers, its attrition rate and its trailing 12-month rate.
select coalesce(max(separations), 0)                                                  as leavers,
       coalesce(max(cast(round(attrition_rate * 100, 1) as decimal(8,1))), 0)          as rate_pct,
       coalesce(max(cast(round(trailing_attrition_rate * 100, 1) as decimal(8,1))), 0) as trailing_pct
from mart_staff_attrition_month
where month_start_on = :period_start and cut = 'company'
