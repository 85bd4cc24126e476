-- The one row an e-mail leads with: revenue, profit (exact sum, rounded once) and the outlets with a loss.
with outlets as (
    select revenue, profit, loss from mart_outlet_profit_week
    where :period_kind = 'week' and week_start_on = :period_start
      and (cast(:scope_business_unit as varchar) is null or business_unit_code = :scope_business_unit)
      and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
    union all
    select revenue, profit, loss from mart_outlet_profit_month
    where :period_kind = 'month' and month_start_on = :period_start
      and (cast(:scope_business_unit as varchar) is null or business_unit_code = :scope_business_unit)
      and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
)
select cast(coalesce(sum(revenue), 0) as decimal(18,2))           as revenue,
       cast(round(coalesce(sum(profit), 0), 2) as decimal(18,2))  as profit,
       count(*) filter (where loss)                               as outlets_with_loss
from outlets
