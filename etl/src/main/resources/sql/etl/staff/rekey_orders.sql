-- Points orders already loaded at their lead worker's version of the scheduled day, for staff changed in this run.
update fct_service_order
set staff_key = dim_staff.staff_key
from dim_staff
where dim_staff.staff_id = fct_service_order.staff_id
  and cast(coalesce(fct_service_order.scheduled_start_at, fct_service_order.booked_at) as date)
      between dim_staff.valid_from and dim_staff.valid_to
  and fct_service_order.staff_key is distinct from dim_staff.staff_key
  and fct_service_order.staff_id in (select staff_id from loadable_staff)
