-- The one row an e-mail leads with: the active customers, the top fifth's share of revenue, the key accounts.
select coalesce(max(active_customers), 0)                                    as active,
       coalesce(max(cast(round(top_fifth_share * 100, 1) as decimal(8,1))), 0) as top_fifth_pct,
       (select count(*) from mart_customer_segment_month
        where month_start_on = :period_start and key_account)                as key_accounts
from mart_customer_pareto_month
where month_start_on = :period_start
