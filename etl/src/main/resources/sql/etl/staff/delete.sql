-- Closes the current version of every staff member whose tracked values changed, the day before the new version.
update dim_staff
set valid_to = loadable_staff.version_from - 1,
    is_current = false
from loadable_staff
where dim_staff.staff_id = loadable_staff.staff_id
  and dim_staff.is_current
