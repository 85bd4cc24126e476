-- The top fifth's share of revenue per month, in DuckDB SQL alone from yardstick_customer_segment_month
-- (customer_segmentation.sql, run first): the yardstick for CustomerSegmentation's Pareto summary.
create or replace temp table yardstick_customer_pareto as
with sums as (
    select month_start_on, count(*) as active_customers, count(*) filter (where top_fifth) as top_fifth_customers,
           sum(revenue) as revenue, coalesce(sum(revenue) filter (where top_fifth), 0) as top_fifth_revenue
    from yardstick_customer_segment_month
    group by all
)
select *, case when revenue = 0 then null else top_fifth_revenue / revenue end as top_fifth_share
from sums
