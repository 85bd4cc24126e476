-- Loads the valid claims of this run; net cost to the company = approved − staff liability − insurer recovery.
insert into fct_claim
select claim_key, claim_no, service_order_key, outlet_key, kind,
       reported_at, date_key(reported_at),
       settled_at, date_key(settled_at),
       estimated_loss, claimed_amount, approved_amount, staff_liability_amount, insurer_recovery,
       approved_amount - staff_liability_amount - insurer_recovery,
       approver_role, status, customer_satisfaction, row_hash, source_updated_at, getvariable('run_id')
from loadable_claim
