-- Net claim cost in scope for each of the 12 fortnights ending with the report's, labelled by their first day
-- (month-day); a fortnight that was never computed is a gap (null), not a zero.
with fortnights as (
    select cast(unnest(generate_series(cast(:trend_start as date), cast(:period_start as date), interval 14 day)) as date)
               as fortnight_start_on
),
computed as (
    select fortnight_start_on
    from fortnights
    where exists (select 1 from mart_refresh
                  where mart_name = 'mart_claim_totals_fortnight'
                    and period_from_on <= fortnight_start_on and period_to_on >= fortnight_start_on + 13)
),
net_cost as (
    select fortnight_start_on, sum(settled_net_cost) as net_cost
    from mart_claim_totals_fortnight
    where fortnight_start_on between :trend_start and :period_start
      and (cast(:scope_business_unit as varchar) is null or business_unit_code = :scope_business_unit)
      and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
    group by fortnight_start_on
)
select strftime(fortnights.fortnight_start_on, '%m-%d') as category,
       'net' as series,
       case when computed.fortnight_start_on is not null
            then coalesce(net_cost.net_cost, 0) end as value
from fortnights
left join computed using (fortnight_start_on)
left join net_cost using (fortnight_start_on)
order by fortnights.fortnight_start_on
