-- Closes the current version of every staff member whose tracked values changed, the day before the new version.
update dim_staff
set valid_to = typed_staff.version_from - 1,
    is_current = false
from typed_staff
where typed_staff.reject_reason is null
  and dim_staff.staff_id = typed_staff.staff_id
  and dim_staff.is_current
