-- One row per settled claim of the fortnight approved below the tier its amounts require, in scope.
select fortnight_start_on,
       business_unit_code,
       outlet_code,
       outlet_name,
       claim_no,
       estimated_loss   as estimated_loss_cny,
       claimed_amount   as claimed_amount_cny,
       approved_amount  as approved_amount_cny,
       approver_role,
       required_tier
from mart_claim_authority_exception
where fortnight_start_on = :period_start
  and (cast(:scope_business_unit as varchar) is null or business_unit_code = :scope_business_unit)
  and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
order by business_unit_code, outlet_code, claim_no
