-- The one row an e-mail leads with: claims settled and their net cost, open at the end, authority exceptions.
select coalesce(sum(claims_settled), 0)                             as settled,
       cast(coalesce(sum(settled_net_cost), 0) as decimal(18,2))     as net_cost,
       coalesce(sum(claims_open_at_end), 0)                         as open_at_end,
       coalesce(sum(authority_exceptions), 0)                       as exceptions
from mart_claim_totals_fortnight
where fortnight_start_on = :period_start
  and (cast(:scope_business_unit as varchar) is null or business_unit_code = :scope_business_unit)
  and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
