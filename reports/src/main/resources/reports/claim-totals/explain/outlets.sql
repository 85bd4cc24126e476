-- Every claim behind an outlet row of Claim Totals (metrics.md "Claim totals per fortnight"), read from the loaded
-- claims, not the mart: its number, source id and the load run that brought it, then what it adds to each figure
-- of the outlets table under that figure's column name (null: nothing). `./dw explain` lists the rows of one figure
-- and checks that they add up to it.
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
    where (cast(:scope_business_unit as varchar) is null or outlet.business_unit_code = :scope_business_unit)
      and (cast(:scope_outlet as varchar) is null or outlet.outlet_code = :scope_outlet)
),
marked as (
    select *,
           reported_on between :period_start and :period_end                                   as reported,
           status = 'settled' and decided_on between :period_start and :period_end              as settled,
           status = 'rejected' and decided_on between :period_start and :period_end             as rejected,
           reported_on <= :period_end
               and not (status in ('settled', 'rejected') and decided_on <= :period_end)        as open_at_end,
           list_position(['outlet', 'claims_specialist', 'department_manager', 'vice_president'], approver_role)
               < list_position(['outlet', 'claims_specialist', 'department_manager', 'vice_president'], required_tier)
                                                                                                as below_tier
    from claims
)
select claim_no, source_id, load_run_id, business_unit_code, outlet_code, status, reported_on, decided_on,
       approver_role, required_tier,
       case when reported then 1 end                                          as claims_reported,
       case when settled then 1 end                                           as claims_settled,
       case when settled then claimed_amount end                              as settled_claimed_amount_cny,
       case when settled then approved_amount end                             as settled_approved_amount_cny,
       case when settled then staff_liability_amount end                      as settled_staff_liability_amount_cny,
       case when settled then insurer_recovery end                            as settled_insurer_recovery_cny,
       case when settled then net_cost end                                    as settled_net_cost_cny,
       case when rejected then 1 end                                          as claims_rejected,
       case when open_at_end then 1 end                                       as claims_open_at_end,
       case when open_at_end then estimated_loss end                          as open_estimated_loss_cny,
       case when settled and required_tier = 'outlet' then 1 end              as outlet_tier_claims,
       case when settled and required_tier = 'outlet' then approved_amount end as outlet_tier_approved_amount_cny,
       case when settled and required_tier = 'claims_specialist' then 1 end   as claims_specialist_tier_claims,
       case when settled and required_tier = 'claims_specialist' then approved_amount end
                                                                              as claims_specialist_tier_approved_amount_cny,
       case when settled and required_tier = 'department_manager' then 1 end  as department_manager_tier_claims,
       case when settled and required_tier = 'department_manager' then approved_amount end
                                                                              as department_manager_tier_approved_amount_cny,
       case when settled and required_tier = 'vice_president' then 1 end      as vice_president_tier_claims,
       case when settled and required_tier = 'vice_president' then approved_amount end
                                                                              as vice_president_tier_approved_amount_cny,
       case when settled and below_tier then 1 end                            as authority_exceptions
from marked
where reported or settled or rejected or open_at_end
order by claim_no
