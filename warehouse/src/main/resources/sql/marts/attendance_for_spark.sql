-- One row per attendance row from the variable read_from on, with the staff version valid that day (the fact's own
-- staff_key) and its outlet's codes: the input of AttendanceSummary.
with attendance as (
    select * from fct_attendance where work_date >= getvariable('read_from')
),
staff as (
    select staff_key, staff_code, staff_name, position, grade from dim_staff
),
outlets as (
    select outlet_key, outlet_code, business_unit_code from dim_outlet
)
select
    attendance.staff_id,
    attendance.work_date,
    attendance.status,
    attendance.hours,
    staff.staff_code,
    staff.staff_name,
    outlets.business_unit_code,
    outlets.outlet_code,
    staff.position,
    staff.grade
from attendance
join staff using (staff_key)
join outlets on outlets.outlet_key = attendance.outlet_key
