-- One row per key account or premium customer of the month (trailing 12 months to its last day), by revenue
-- (highest first, ties by customer code): revenue, orders, RFM scores (5 is best), segment and flags.
select month_start_on,
       customer_code,
       kind,
       segment,
       revenue                 as revenue_cny,
       orders,
       order_months,
       first_order_on,
       last_order_on,
       recency_days,
       r_score,
       f_score,
       m_score,
       pareto_rank,
       key_account,
       premium,
       loyal,
       long_term,
       at_risk,
       watch
from mart_customer_segment_month
where month_start_on = :period_start
  and (key_account or premium)
order by revenue desc, customer_code
