-- Loads the valid complaints of this run, each pointing at the customer's version of the day received.
insert into fct_complaint
with complaints as (
    select * from loadable_complaint
),
customers as (
    select customer_id, customer_key, valid_from, valid_to from dim_customer
)
select complaints.complaint_key, complaints.complaint_no, complaints.customer_id, customers.customer_key,
       complaints.service_order_key, complaints.outlet_key, complaints.kind, complaints.received_at,
       date_key(complaints.received_at), complaints.first_response_at,
       complaints.second_response_at, complaints.resolved_at, complaints.follow_up_at, complaints.outcome,
       complaints.row_hash, complaints.source_updated_at, getvariable('run_id')
from complaints
join customers on customers.customer_id = complaints.customer_id
              and cast(complaints.received_at as date) between customers.valid_from and customers.valid_to
