-- One row per outlet of the fortnight in scope, keys first: the Claim Totals report's main rows.
select fortnight_start_on,
       business_unit_code,
       outlet_code,
       outlet_name,
       claims_reported,
       claims_settled,
       settled_claimed_amount           as settled_claimed_amount_cny,
       settled_approved_amount          as settled_approved_amount_cny,
       settled_staff_liability_amount   as settled_staff_liability_amount_cny,
       settled_insurer_recovery         as settled_insurer_recovery_cny,
       settled_net_cost                 as settled_net_cost_cny,
       claims_rejected,
       claims_open_at_end,
       open_estimated_loss              as open_estimated_loss_cny,
       outlet_tier_claims,
       outlet_tier_approved_amount      as outlet_tier_approved_amount_cny,
       claims_specialist_tier_claims,
       claims_specialist_tier_approved_amount as claims_specialist_tier_approved_amount_cny,
       department_manager_tier_claims,
       department_manager_tier_approved_amount as department_manager_tier_approved_amount_cny,
       vice_president_tier_claims,
       vice_president_tier_approved_amount as vice_president_tier_approved_amount_cny,
       authority_exceptions,
       business_unit_name_en,
       business_unit_name_zh
from mart_claim_totals_fortnight
where fortnight_start_on = :period_start
  and (cast(:scope_business_unit as varchar) is null or business_unit_code = :scope_business_unit)
  and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
order by business_unit_code, outlet_code
