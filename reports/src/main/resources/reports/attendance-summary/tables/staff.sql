-- One row per staff member with any attendance row in the month, at the outlet, position and grade of their last day
-- recorded: the days of each status, the hours, and the leaves starting this month that need more than a supervisor.
select month_start_on,
       business_unit_code,
       outlet_code,
       staff_code,
       staff_name,
       position,
       grade,
       days_recorded,
       days_present,
       personal_leave_days,
       sick_leave_days,
       absent_days,
       hours,
       leaves_beyond_supervisor
from mart_attendance_staff_month
where month_start_on = :period_start
  and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
order by business_unit_code, outlet_code, staff_code
