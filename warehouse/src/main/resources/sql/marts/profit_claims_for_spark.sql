-- Claims with their outlet, status, local decision day and net company cost: the claims input of OutletProfitability.
select dim_outlet.outlet_code, fct_claim.status, cast(fct_claim.settled_at as date) as settled_on, fct_claim.net_cost
from fct_claim
join dim_outlet using (outlet_key)
