-- Closes the current version of every customer whose tracked values changed, on the day before the new version starts.
update dim_customer
set valid_to = loadable_customer.version_from - 1,
    is_current = false
from loadable_customer
where dim_customer.customer_id = loadable_customer.customer_id
  and dim_customer.is_current
