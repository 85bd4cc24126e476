-- Every version of every staff member with its outlet's codes: the input of StaffAttrition.
with staff as (
    select * from dim_staff
),
outlets as (
    select outlet_key, outlet_code, business_unit_code from dim_outlet
)
select
    staff.staff_id,
    outlets.business_unit_code,
    outlets.outlet_code,
    staff.position,
    staff.valid_from,
    staff.valid_to,
    staff.is_current,
    staff.hired_on,
    staff.left_on,
    staff.leave_reason
from staff
join outlets using (outlet_key)
