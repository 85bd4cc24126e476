-- The attendance rows behind a leave of the Attendance Summary's list (metrics.md "Attendance and leave"; --row
-- outlet:CODE,staff_code:S1,first_day_on:2026-11-03), read from the loaded rows by leave_runs, not the mart: each row
-- of each leave starting in the month, in work_date order, with the load run that brought it, at the outlet and grade
-- of the leave's first day; each adds 1 to its leave's days, its rows past the month's end too.
select staff_code                                                    as source_no,
       cast(staff_id as varchar) || '@' || cast(work_date as varchar) as source_id,
       load_run_id,
       business_unit_code,
       outlet_code,
       staff_code,
       first_day_on,
       work_date                                                     as on_day,
       status,
       grade,
       approver,
       1                                                             as days
from leave_runs(cast(:period_start as date))
where (cast(:scope_business_unit as varchar) is null or business_unit_code = :scope_business_unit)
  and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
order by outlet_code, staff_code, first_day_on, work_date
