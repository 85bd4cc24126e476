-- The one row an e-mail leads with: the staff counted, the absence rate and the leaves beyond a supervisor.
select count(*)                                                                as staff,
       coalesce(display_percent(sum(absent_days), sum(days_recorded)), 0)      as absence_pct,
       coalesce(sum(leaves_beyond_supervisor), 0)                              as leaves_beyond_supervisor
from mart_attendance_staff_month
where month_start_on = :period_start
  and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
