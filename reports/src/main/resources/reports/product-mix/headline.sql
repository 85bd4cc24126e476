-- The one row an e-mail leads with: the completed orders of all active customers and their amount.
select coalesce(sum(orders), 0)                              as orders,
       cast(coalesce(sum(amount), 0) as decimal(18,2))       as amount
from mart_product_mix_month
where month_start_on = :period_start and population = 'all'
