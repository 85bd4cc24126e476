-- One row per segment of the month, in the order a customer's primary segment is chosen, lapsed last: the customers in
-- it and their revenue over the trailing 12 months.
with segments as (
    select * from mart_customer_segment_summary_month where month_start_on = :period_start
),
segment_order as (
    select * from (values ('key_account', 1), ('premium', 2), ('loyal', 3), ('long_term', 4), ('at_risk', 5),
                          ('regular', 6), ('lapsed', 7)) as t(segment, position)
)
select cast(:period_start as date) as month_start_on,
       segment_order.segment,
       coalesce(segments.customers, 0) as customers,
       cast(coalesce(segments.revenue, 0) as decimal(18,2)) as revenue_cny
from segment_order
left join segments using (segment)
order by segment_order.position
