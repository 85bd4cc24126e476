-- Each category's share of the amount, all active customers against the premium customers, in percent.
select product_category as category,
       population       as series,
       cast(round(amount_share * 100, 1) as decimal(8,1)) as value
from mart_product_mix_month
where month_start_on = :period_start
order by population, amount desc, product_category
