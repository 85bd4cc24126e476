-- Opens a new current version for every new or changed customer, with a new surrogate key.
insert into dim_customer
select (select coalesce(max(customer_key), 0) from dim_customer) + row_number() over (order by customer_id),
       customer_id, customer_code, kind, customer_name, phone_sha256, phone_last4, city, district, registered_on,
       home_outlet_key, version_from, date '9999-12-31', true, row_hash, source_updated_at, getvariable('run_id')
from loadable_customer
