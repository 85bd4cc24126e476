-- Closes the current version of every customer whose tracked values changed, on the day before the new version starts.
update dim_customer
set valid_to = typed_customer.version_from - 1,
    is_current = false
from typed_customer
where typed_customer.reject_reason is null
  and dim_customer.customer_id = typed_customer.customer_id
  and dim_customer.is_current
