-- One row: the month's active customers, the top fifth by revenue and the share of revenue it holds (the 2:8 rule).
select month_start_on,
       active_customers,
       top_fifth_customers,
       revenue                                              as revenue_cny,
       top_fifth_revenue                                    as top_fifth_revenue_cny,
       cast(round(top_fifth_share * 100, 1) as decimal(8,1)) as top_fifth_revenue_pct
from mart_customer_pareto_month
where month_start_on = :period_start
