-- The company's attrition rate in each of the 12 months ending with the report's, and the trailing 12-month rate, in
-- percent; a month that was never computed is a gap (null), not a zero.
with months as (
    select cast(unnest(generate_series(cast(:trend_start as date), cast(:period_start as date), interval 1 month)) as date)
               as month_start_on
),
company as (
    select month_start_on, attrition_rate, trailing_attrition_rate
    from mart_staff_attrition_month
    where cut = 'company' and month_start_on between :trend_start and :period_start
),
computed as (
    select month_start_on
    from months
    where exists (select 1 from mart_refresh
                  where mart_name = 'mart_staff_attrition_month'
                    and period_from_on <= month_start_on and period_to_on >= last_day(month_start_on))
),
series as (
    select months.month_start_on, 'monthly' as series, 1 as position,
           case when computed.month_start_on is not null then coalesce(company.attrition_rate, 0) end as rate
    from months left join computed using (month_start_on) left join company using (month_start_on)
    union all
    select months.month_start_on, 'trailing', 2,
           case when computed.month_start_on is not null then coalesce(company.trailing_attrition_rate, 0) end
    from months left join computed using (month_start_on) left join company using (month_start_on)
)
select strftime(month_start_on, '%Y-%m') as category,
       series,
       cast(round(rate * 100, 1) as decimal(8,1)) as value
from series
order by position, month_start_on
