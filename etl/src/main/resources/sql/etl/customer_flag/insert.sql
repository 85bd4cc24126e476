-- Loads the valid flags of this run, each pointing at the customer's version of the day it was noted.
insert into fct_customer_flag
with flags as (
    select * from loadable_customer_flag
),
customers as (
    select customer_id, customer_key, valid_from, valid_to from dim_customer
)
select flags.customer_flag_key, flags.customer_id, customers.customer_key, flags.flag, flags.noted_on,
       date_key(flags.noted_on), flags.note, flags.row_hash, flags.source_updated_at,
       getvariable('run_id')
from flags
join customers on customers.customer_id = flags.customer_id
              and flags.noted_on between customers.valid_from and customers.valid_to
