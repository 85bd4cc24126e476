-- Every claim behind an outlet row of Claim Totals (metrics.md "Claim totals per fortnight"), read from the loaded
-- claims, not the mart: its number, source id and the load run that brought it, then what it adds to each figure
-- of the outlets table under that figure's column name (null: nothing). `./dw explain` lists the rows of one figure
-- and checks that they add up to it.
with marked as (
    -- each claim with what it is in the fortnight (reported, settled, rejected, open at the end, below its tier)
    select *
    from fortnight_claims(:period_start, :period_end)
    where (cast(:scope_business_unit as varchar) is null or business_unit_code = :scope_business_unit)
      and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
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
