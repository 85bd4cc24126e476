-- Points attendance already loaded at the version (and so the outlet) of the work day, for staff changed in this run.
update fct_attendance
set staff_key = dim_staff.staff_key,
    outlet_key = dim_staff.outlet_key
from dim_staff
where dim_staff.staff_id = fct_attendance.staff_id
  and fct_attendance.work_date between dim_staff.valid_from and dim_staff.valid_to
  and fct_attendance.staff_key <> dim_staff.staff_key
  and fct_attendance.staff_id in (select staff_id from loadable_staff)
