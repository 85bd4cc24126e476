-- One row per leave starting in the month that needs more than a supervisor's approval, with who must approve it.
select month_start_on,
       business_unit_code,
       outlet_code,
       outlet_name,
       staff_code,
       staff_name,
       grade,
       kind,
       first_day_on,
       last_day_on,
       days,
       approver
from mart_attendance_leave
where month_start_on = :period_start
  and approver <> 'supervisor'
  and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
order by business_unit_code, outlet_code, staff_code, first_day_on
