-- fortnight_claims(period_start, period_end): every loaded claim with what it is in a fortnight (metrics.md "Claim
-- totals per fortnight"): reported in it, settled or rejected in it, open at its end, and settled by an approver
-- below the tier its amounts require (required_tier, the policy's rule); with its outlet's codes, its amounts and the
-- load run that brought it. Claim Totals' explanations read this: the outlets' figures and the authority exceptions.
create or replace temp macro fortnight_claims(period_start, period_end) as table
with claims as (
    select claim.claim_no,
           claim.claim_key                          as source_id,
           claim.load_run_id,
           outlet.business_unit_code,
           outlet.outlet_code,
           claim.status,
           cast(claim.reported_at as date)          as reported_on,
           cast(claim.settled_at as date)           as decided_on,
           claim.estimated_loss,
           claim.claimed_amount,
           claim.approved_amount,
           claim.staff_liability_amount,
           claim.insurer_recovery,
           claim.net_cost,
           claim.approver_role,
           required_tier(claim.estimated_loss, claim.approved_amount) as required_tier
    from fct_claim as claim
    join dim_outlet as outlet using (outlet_key)
)
select *,
       reported_on between cast(period_start as date) and cast(period_end as date)                        as reported,
       status = 'settled' and decided_on between cast(period_start as date) and cast(period_end as date)  as settled,
       status = 'rejected' and decided_on between cast(period_start as date) and cast(period_end as date) as rejected,
       reported_on <= cast(period_end as date)
           and not (status in ('settled', 'rejected') and decided_on <= cast(period_end as date))         as open_at_end,
       list_position(['outlet', 'claims_specialist', 'department_manager', 'vice_president'], approver_role)
           < list_position(['outlet', 'claims_specialist', 'department_manager', 'vice_president'], required_tier)
                                                                                                          as below_tier
from claims
