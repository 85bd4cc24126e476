-- For each fortnight in [?, ?]: settled claims counted straight from fct_claim (DuckDB, through dim_date) against the Spark mart.
insert into mart_claim_reconciliation_fortnight
with fortnights as (
    select distinct fortnight_start_on
    from dim_date
    where fortnight_start_on between ? and ?
),
source_settled as (
    select dim_date.fortnight_start_on,
           count(*)                    as settled_claims,
           sum(fct_claim.approved_amount) as approved_amount
    from fct_claim
    join dim_date on dim_date.date_key = fct_claim.settled_date_key
    where fct_claim.status = 'settled'
    group by dim_date.fortnight_start_on
),
mart as (
    select fortnight_start_on,
           sum(claims_settled)          as settled_claims,
           sum(settled_approved_amount) as approved_amount
    from mart_claim_totals_fortnight
    group by fortnight_start_on
),
compared as (
    select fortnights.fortnight_start_on,
           coalesce(source_settled.settled_claims, 0)  as source_settled_claims,
           coalesce(source_settled.approved_amount, 0) as source_approved_amount,
           coalesce(mart.settled_claims, 0)            as mart_settled_claims,
           coalesce(mart.approved_amount, 0)           as mart_approved_amount
    from fortnights
    left join source_settled using (fortnight_start_on)
    left join mart using (fortnight_start_on)
)
select fortnight_start_on,
       source_settled_claims,
       source_approved_amount,
       mart_settled_claims,
       mart_approved_amount,
       source_settled_claims - mart_settled_claims   as settled_claims_difference,
       source_approved_amount - mart_approved_amount as approved_amount_difference
from compared
