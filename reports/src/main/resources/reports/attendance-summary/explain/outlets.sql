-- Every attendance row behind an outlet row of the Attendance Summary (metrics.md "Attendance and leave") for the
-- month in scope, read from the loaded rows, not the mart: each staff member's rows of the month, all at the outlet of
-- their last day recorded (where they were working may differ: worked_at), with the load run that brought each,
-- then what each row adds to each figure (null: nothing). A staff member counts once, on their last day's row.
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
       case when is_last_day then 1 end                        as staff,
       1                                                       as days_recorded,
       case when status = 'present' then 1 end                 as days_present,
       case when status = 'personal_leave' then 1 end          as personal_leave_days,
       case when status = 'sick_leave' then 1 end              as sick_leave_days,
       case when status = 'absent' then 1 end                  as absent_days,
       hours                                                   as hours
from placed
where (cast(:scope_business_unit as varchar) is null or shown_unit = :scope_business_unit)
  and (cast(:scope_outlet as varchar) is null or shown_outlet = :scope_outlet)
order by shown_outlet, staff_code, work_date
