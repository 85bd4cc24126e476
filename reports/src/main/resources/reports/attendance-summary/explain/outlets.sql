-- Every attendance row behind an outlet row of the Attendance Summary (metrics.md "Attendance and leave") for the
-- month in scope, read from the loaded rows, not the mart: each staff member's rows of the month, all at the outlet of
-- their last day recorded (where they were working may differ: worked_at), with the load run that brought each,
-- then what each row adds to each figure (null: nothing). A staff member counts once, on their last day's row. Each
-- leave starting in the month that needs more than a supervisor (leave_runs, by the grade of its first day) is one
-- row more, at the staff member's outlet of the month, adding 1 to leaves_beyond_supervisor.
with month_rows as (
    select attendance.staff_id,
           staff.staff_code,
           attendance.work_date,
           attendance.status,
           attendance.hours,
           attendance.load_run_id,
           outlet.outlet_code,
           outlet.business_unit_code
    from fct_attendance as attendance
    join dim_staff as staff using (staff_key)
    join dim_outlet as outlet on outlet.outlet_key = attendance.outlet_key
    where attendance.work_date between :period_start and :period_end
),
placed as (
    select *,
           last_value(outlet_code) over whole_month        as shown_outlet,
           last_value(business_unit_code) over whole_month as shown_unit,
           work_date = max(work_date) over whole_month     as is_last_day
    from month_rows
    window whole_month as (partition by staff_id order by work_date
                           rows between unbounded preceding and unbounded following)
),
leaves as (
    select runs.staff_id,
           runs.staff_code,
           runs.load_run_id,
           shown.shown_unit,
           shown.shown_outlet,
           runs.outlet_code,
           runs.first_day_on,
           runs.kind,
           runs.kind || ' ' || cast(runs.first_day_on as varchar) || ' to ' || cast(runs.last_day_on as varchar) || ', '
               || cast(runs.days as varchar) || ' days, grade ' || runs.grade || ': ' || runs.approver as leave
    from leave_runs(cast(:period_start as date)) as runs
    join (select distinct staff_id, shown_outlet, shown_unit from placed) as shown using (staff_id)
    where runs.work_date = runs.first_day_on
      and runs.approver <> 'supervisor'
),
rows_and_leaves as (
    select staff_code, staff_id, work_date, load_run_id, shown_unit, shown_outlet, outlet_code, status,
           is_last_day, hours, null as leave
    from placed
    union all
    select staff_code, staff_id, first_day_on, load_run_id, shown_unit, shown_outlet, outlet_code, kind,
           null, null, leave
    from leaves
)
select staff_code                                              as source_no,
       staff_code,
       cast(staff_id as varchar) || '@' || cast(work_date as varchar) as source_id,
       load_run_id,
       shown_unit                                              as business_unit_code,
       shown_outlet                                            as outlet_code,
       outlet_code                                             as worked_at,
       work_date                                               as on_day,
       status,
       leave,
       case when is_last_day then 1 end                        as staff,
       case when leave is null then 1 end                      as days_recorded,
       case when leave is null and status = 'present' then 1 end        as days_present,
       case when leave is null and status = 'personal_leave' then 1 end as personal_leave_days,
       case when leave is null and status = 'sick_leave' then 1 end     as sick_leave_days,
       case when leave is null and status = 'absent' then 1 end         as absent_days,
       hours                                                   as hours,
       case when leave is not null then 1 end                  as leaves_beyond_supervisor
from rows_and_leaves
where (cast(:scope_business_unit as varchar) is null or shown_unit = :scope_business_unit)
  and (cast(:scope_outlet as varchar) is null or shown_outlet = :scope_outlet)
order by shown_outlet, staff_code, work_date, leave nulls first
