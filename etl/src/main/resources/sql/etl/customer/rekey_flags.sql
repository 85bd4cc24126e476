-- Points flags already loaded at the version of the day noted, for customers changed in this run.
update fct_customer_flag
set customer_key = dim_customer.customer_key
from dim_customer
where dim_customer.customer_id = fct_customer_flag.customer_id
  and fct_customer_flag.noted_on between dim_customer.valid_from and dim_customer.valid_to
  and fct_customer_flag.customer_key <> dim_customer.customer_key
  and fct_customer_flag.customer_id in (select customer_id from loadable_customer)
