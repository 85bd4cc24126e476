-- Points payroll already loaded at the version of the month's last day, for staff changed in this run.
update fct_payroll
set staff_key = dim_staff.staff_key
from dim_staff
where dim_staff.staff_id = fct_payroll.staff_id
  and last_day(fct_payroll.month_on) between dim_staff.valid_from and dim_staff.valid_to
  and fct_payroll.staff_key <> dim_staff.staff_key
  and fct_payroll.staff_id in (select staff_id from loadable_staff)
