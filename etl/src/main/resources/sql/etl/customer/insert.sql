-- Opens a new current version for every new or changed customer, with a new surrogate key.
insert into dim_customer
-- (The keys are numbered over the narrow (row, id) pairs and joined back: a window over the whole rows sorted every
-- column of them, half of the insert.)
with numbered as (
    select source_row, row_number() over (order by customer_id) as ordinal from loadable_customer
)
select (select coalesce(max(customer_key), 0) from dim_customer) + numbered.ordinal,
       customer_id, customer_code, kind, customer_name, phone_hash, phone_last4, city, district, registered_on,
       home_outlet_key, version_from, date '9999-12-31', true, row_hash, source_updated_at, getvariable('run_id')
from loadable_customer
join numbered using (source_row)
