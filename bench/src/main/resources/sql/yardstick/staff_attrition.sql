-- Staff attrition per month and cut (metrics.md), in DuckDB SQL alone: the yardstick for StaffAttrition. Months
-- between the variables first_day and last_day (their first days; the 11 months before are read for the trailing
-- rate); early attrition under the variable early_days.
create or replace temp table yardstick_staff_attrition as
with versions as (
    select dim_staff.*, dim_outlet.business_unit_code, dim_outlet.outlet_code
    from dim_staff
    join dim_outlet using (outlet_key)
),
people as (
    select staff_id, hired_on, left_on, leave_reason from dim_staff where is_current
),
months as (
    select m::date as month_start_on, last_day(m::date) as month_end_on
    from range(getvariable('first_day') - interval 11 month, getvariable('last_day') + interval 1 day,
               interval 1 month) as t(m)
),
events as (
    select people.*, month_start_on, month_start_on as day, 'start' as event
    from people join months on hired_on <= month_start_on and coalesce(left_on, date '9999-12-31') >= month_start_on
    union all
    select people.*, month_start_on, month_end_on, 'end'
    from people join months on hired_on <= month_end_on and coalesce(left_on, date '9999-12-31') >= month_end_on
    union all
    select people.*, date_trunc('month', hired_on)::date, hired_on, 'hire'
    from people
    where hired_on between (select min(month_start_on) from months) and (select max(month_end_on) from months)
    union all
    select people.*, date_trunc('month', left_on)::date, left_on, 'separation'
    from people
    where left_on between (select min(month_start_on) from months) and (select max(month_end_on) from months)
),
placed as (
    select events.*, versions.business_unit_code, versions.outlet_code, versions.position,
           case when day < events.hired_on + interval 3 month then 'under_3_months'
                when day < events.hired_on + interval 12 month then '3_to_12_months'
                when day < events.hired_on + interval 36 month then '1_to_3_years'
                else '3_years_and_more' end as tenure_band
    from events
    join versions on versions.staff_id = events.staff_id and day between versions.valid_from and versions.valid_to
),
cuts as (
    select placed.*, unnest([{'cut': 'company', 'value': 'all'},
                             {'cut': 'business_unit', 'value': business_unit_code},
                             {'cut': 'outlet', 'value': outlet_code},
                             {'cut': 'position', 'value': position},
                             {'cut': 'tenure_band', 'value': tenure_band}]) as c
    from placed
),
monthly as (
    select month_start_on, c.cut as cut, c.value as cut_value,
           count(*) filter (where event = 'start') as headcount_start,
           count(*) filter (where event = 'end') as headcount_end,
           count(*) filter (where event = 'hire') as hires,
           count(*) filter (where event = 'separation') as separations,
           count(*) filter (where event = 'separation' and leave_reason = 'resigned') as voluntary_separations,
           count(*) filter (where event = 'separation' and leave_reason in ('dismissed', 'probation_failed'))
               as involuntary_separations,
           count(*) filter (where event = 'separation'
                            and coalesce(leave_reason, '') not in ('resigned', 'dismissed', 'probation_failed'))
               as other_separations,
           count(*) filter (where event = 'separation' and left_on - hired_on < getvariable('early_days'))
               as early_separations
    from cuts
    group by all
),
targets as (
    select distinct cut, cut_value, months.month_start_on
    from monthly, months
    where months.month_start_on >= getvariable('first_day')
),
trailing_window as (
    select targets.month_start_on, targets.cut, targets.cut_value,
           sum(w.separations) as trailing_separations,
           sum((w.headcount_start + w.headcount_end)::decimal(20,1) / 2) as trailing_average_sum
    from targets
    join monthly w on w.cut = targets.cut and w.cut_value = targets.cut_value
                  and w.month_start_on between targets.month_start_on - interval 11 month and targets.month_start_on
    group by all
)
select trailing_window.month_start_on, trailing_window.cut, trailing_window.cut_value,
       coalesce(headcount_start, 0) as headcount_start, coalesce(headcount_end, 0) as headcount_end,
       coalesce(hires, 0) as hires, coalesce(separations, 0) as separations,
       coalesce(voluntary_separations, 0) as voluntary_separations,
       coalesce(involuntary_separations, 0) as involuntary_separations,
       coalesce(other_separations, 0) as other_separations,
       coalesce(early_separations, 0) as early_separations,
       (coalesce(headcount_start, 0) + coalesce(headcount_end, 0))::decimal(20,1) / 2 as average_headcount,
       round(coalesce(separations, 0) * 2 / nullif(coalesce(headcount_start, 0) + coalesce(headcount_end, 0), 0), 8)
           as attrition_rate,
       trailing_separations,
       round(trailing_separations * 12 / nullif(trailing_average_sum, 0), 8) as trailing_attrition_rate
from trailing_window
left join monthly using (month_start_on, cut, cut_value)
