-- One row: the fortnight's settled claims counted straight from the loaded claims against this report's totals
-- (the whole company's, whatever the scope: the check is of the computation, not of a reader's slice).
select fortnight_start_on,
       source_settled_claims,
       source_approved_amount       as source_approved_amount_cny,
       mart_settled_claims,
       mart_approved_amount         as mart_approved_amount_cny,
       settled_claims_difference,
       approved_amount_difference   as approved_amount_difference_cny
from mart_claim_reconciliation_fortnight
where fortnight_start_on = :period_start
