-- The claim behind a row of Claim Totals' authority exceptions (metrics.md "Claim totals per fortnight"; --row
-- outlet:CODE,claim_no:C1), read from the loaded claims, not the mart: each claim settled in the fortnight by an
-- approver below the tier its amounts require (required_tier: the policy's thresholds on the estimated loss and the
-- approved amount), with its source id and the load run that brought it; its amounts are the row's figures.
select claim_no,
       source_id,
       load_run_id,
       business_unit_code,
       outlet_code,
       decided_on,
       approver_role,
       required_tier,
       estimated_loss  as estimated_loss_cny,
       claimed_amount  as claimed_amount_cny,
       approved_amount as approved_amount_cny
from fortnight_claims(:period_start, :period_end)
where settled
  and below_tier
  and (cast(:scope_business_unit as varchar) is null or business_unit_code = :scope_business_unit)
  and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
order by business_unit_code, outlet_code, claim_no
