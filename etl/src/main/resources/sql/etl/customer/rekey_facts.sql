-- Points orders already loaded at the version of their booking day, for customers changed in this run.
update fct_service_order
set customer_key = dim_customer.customer_key
from dim_customer
where dim_customer.customer_id = fct_service_order.customer_id
  and cast(fct_service_order.booked_at as date) between dim_customer.valid_from and dim_customer.valid_to
  and fct_service_order.customer_key <> dim_customer.customer_key
  and fct_service_order.customer_id in (select customer_id from loadable_customer)
