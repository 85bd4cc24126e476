-- Points complaints already loaded at the version of the day received, for customers changed in this run.
update fct_complaint
set customer_key = dim_customer.customer_key
from dim_customer
where dim_customer.customer_id = fct_complaint.customer_id
  and cast(fct_complaint.received_at as date) between dim_customer.valid_from and dim_customer.valid_to
  and fct_complaint.customer_key <> dim_customer.customer_key
  and fct_complaint.customer_id in (select customer_id from loadable_customer)
