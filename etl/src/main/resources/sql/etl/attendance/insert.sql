-- Loads the valid attendance days of this run, each at the staff member's version (and outlet) of that day.
insert into fct_attendance
with days as (
    select * from loadable_attendance
),
staff as (
    select staff_id, staff_key, outlet_key, valid_from, valid_to from dim_staff
)
select days.staff_id, staff.staff_key, staff.outlet_key, days.work_date,
       date_key(days.work_date), days.status, days.hours, days.row_hash,
       days.source_updated_at, getvariable('run_id')
from days
join staff on staff.staff_id = days.staff_id and days.work_date between staff.valid_from and staff.valid_to
