-- The rows behind Claim Totals' reconciliation line (--row company; metrics.md "Claim totals per fortnight"): each
-- claim settled in the fortnight read straight from the loaded claims (the source side, as the line counts it, outlet
-- or none), and each outlet row of the report's totals with a settled claim (the report's side). A difference is each
-- claim's count and approved amount less each outlet row's, listed outlet by outlet: an outlet whose claims and row do
-- not cancel out is where the difference is. The whole company's, as the line is, whatever the reader's scope.
with loaded as (
    select 'loaded claim'           as side,
           claim.claim_no,
           claim.claim_key          as source_id,
           claim.load_run_id,
           outlet.outlet_code,
           settled.date_on          as decided_on,
           1                        as source_settled_claims,
           claim.approved_amount    as source_approved_amount_cny,
           cast(null as bigint)     as mart_settled_claims,
           cast(null as decimal(18, 2)) as mart_approved_amount_cny,
           1                        as settled_claims_difference,
           claim.approved_amount    as approved_amount_difference_cny
    from fct_claim as claim
    join dim_date as settled on settled.date_key = claim.settled_date_key
    left join dim_outlet as outlet using (outlet_key)
    where claim.status = 'settled'
      and settled.fortnight_start_on = cast(:period_start as date)
),
reported as (
    select 'report row'                       as side,
           null                               as claim_no,
           null                               as source_id,
           null                               as load_run_id,
           outlet_code,
           null                               as decided_on,
           null                               as source_settled_claims,
           null                               as source_approved_amount_cny,
           claims_settled                     as mart_settled_claims,
           settled_approved_amount            as mart_approved_amount_cny,
           - claims_settled                   as settled_claims_difference,
           - settled_approved_amount          as approved_amount_difference_cny
    from mart_claim_totals_fortnight
    where fortnight_start_on = cast(:period_start as date)
      and (claims_settled <> 0 or settled_approved_amount <> 0)
)
select * from loaded
union all by name
select * from reported
order by outlet_code nulls first, side, claim_no
