-- Every staff event behind a row of Staff Attrition's cuts (metrics.md "Staff attrition"), read from the staff
-- dimension, not the mart: each person employed on the first or last day of the month or of the 11 months before it,
-- each hire of the month and each separation of the 12 months, placed in the cut value (business unit, outlet,
-- position, tenure band) of their version valid on that day, with the load run that brought the version; then what
-- each event adds to each figure (null: nothing). A person's hired_on, left_on and leave_reason are their current
-- version's. An average headcount is half of each day counted; the trailing figures add up the 12 months.
with people as (
    select staff_id, staff_code, hired_on, left_on, leave_reason
    from dim_staff
    where is_current
      and hired_on <= :period_end
      and coalesce(left_on, date '9999-12-31') >= cast(:period_start as date) - to_months(11)
),
months as (
    select cast(cast(:period_start as date) - to_months(back) as date)                   as month_start_on,
           cast(last_day(cast(:period_start as date) - to_months(back)) as date)         as month_end_on
    from range(0, 12) as t(back)
),
events as (
    select people.*, months.month_start_on, months.month_start_on as on_day, 'start' as event
    from people
    join months on people.hired_on <= months.month_start_on
               and coalesce(people.left_on, date '9999-12-31') >= months.month_start_on
    union all
    select people.*, months.month_start_on, months.month_end_on as on_day, 'end' as event
    from people
    join months on people.hired_on <= months.month_end_on
               and coalesce(people.left_on, date '9999-12-31') >= months.month_end_on
    union all
    select people.*, cast(:period_start as date), people.hired_on, 'hire'
    from people
    where people.hired_on between :period_start and :period_end
    union all
    select people.*, cast(date_trunc('month', people.left_on) as date), people.left_on, 'separation'
    from people
    where people.left_on between cast(:period_start as date) - to_months(11) and :period_end
),
placed as (
    select events.*,
           version.load_run_id,
           version.position,
           outlet.outlet_code,
           outlet.business_unit_code,
           tenure_band(events.on_day, events.hired_on) as tenure_band
    from events
    join dim_staff as version
      on version.staff_id = events.staff_id and events.on_day between version.valid_from and version.valid_to
    join dim_outlet as outlet on outlet.outlet_key = version.outlet_key
),
row_events as (
    -- the row's cut alone: the value each event has in it
    select *,
           cast(:row_cut as varchar) as cut,
           case :row_cut when 'company' then 'all'
                         when 'business_unit' then business_unit_code
                         when 'outlet' then outlet_code
                         when 'position' then position
                         when 'tenure_band' then tenure_band end as cut_value,
           month_start_on = cast(:period_start as date) as in_month,
           event = 'separation' and month_start_on = cast(:period_start as date) as left_in_month
    from placed
)
select staff_code                                                              as source_no,
       staff_id                                                                as source_id,
       load_run_id,
       cut,
       cut_value,
       event,
       on_day,
       hired_on,
       leave_reason,
       outlet_code,
       position,
       tenure_band,
       case when in_month and event = 'start' then 1 end                       as headcount_start,
       case when in_month and event = 'end' then 1 end                         as headcount_end,
       case when in_month and event in ('start', 'end') then 0.5 end           as average_headcount,
       case when event = 'hire' then 1 end                                     as hires,
       case when left_in_month then 1 end                                      as separations,
       case when left_in_month and leave_reason = 'resigned' then 1 end        as voluntary_separations,
       case when left_in_month and leave_reason in ('dismissed', 'probation_failed') then 1 end
                                                                               as involuntary_separations,
       case when left_in_month
                 and coalesce(leave_reason, '') not in ('resigned', 'dismissed', 'probation_failed') then 1 end
                                                                               as other_separations,
       case when left_in_month and on_day - hired_on < attrition_early_days() then 1 end
                                                                               as early_separations,
       case when event = 'separation' then 1 end                               as trailing_separations,
       case when event in ('start', 'end') then 0.5 end                        as trailing_average_sum
from row_events
where cut_value = :row_cut_value
order by on_day, event, staff_code
