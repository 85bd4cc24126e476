-- The customers behind a segment's row of the Premium Customer Summary (--row segment:premium), as customer_window
-- finds them from the loaded orders, customers and flags as of the month's last day (metrics.md "Customer
-- segmentation": the first of key account, premium, loyal, long-term, at risk that holds, else regular; lapsed: an
-- order before the 12 months and none in them): each counts once and adds their revenue in the 12 months, which
-- their own orders and fees make (a listed customer's row explains them).
select segment,
       customer_code          as source_no,
       customer_id            as source_id,
       kind,
       first_order_on,
       last_order_on,
       orders                 as customer_orders,
       1                      as customers,
       revenue                as revenue_cny
from customer_window(cast(:period_end as date))
where segment = :row_segment
order by revenue desc, customer_code
