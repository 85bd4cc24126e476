-- One row per claim, with its outlet's codes and its dates as company-local dates: the input of ClaimTotals.
with claims as (
    select * from fct_claim
),
outlets as (
    select outlet_key, outlet_code, business_unit_code from dim_outlet
)
select
    claims.claim_no,
    outlets.business_unit_code,
    outlets.outlet_code,
    cast(claims.reported_at as date) as reported_on,
    cast(claims.settled_at as date)  as decided_on,
    claims.status,
    claims.estimated_loss,
    claims.claimed_amount,
    claims.approved_amount,
    claims.staff_liability_amount,
    claims.insurer_recovery,
    claims.approver_role
from claims
join outlets using (outlet_key)
