-- Customers and revenue per month and segment, lapsed customers counted (ordered by the month's end, not active),
-- in DuckDB SQL alone from yardstick_customer_segment_month (customer_segmentation.sql, run first): the yardstick
-- for CustomerSegmentation's segments.
create or replace temp table yardstick_customer_segment_summary as
with customer_months as (
    select * from yardstick_customer_segment_month
),
months as (
    select m::date as month_start_on, last_day(m::date) as as_of
    from range(getvariable('first_day'), getvariable('last_day') + interval 1 day, interval 1 month) as t(m)
),
first_orders as (
    select customer_id, min(cast(completed_at as date)) as first_order_on
    from fct_service_order
    where status = 'completed' and completed_at is not null
    group by all
),
active as (
    select month_start_on, count(*) as customers from customer_months group by all
),
ever_ordered as (
    select months.month_start_on, count(*) as customers
    from months
    join first_orders on first_orders.first_order_on <= months.as_of
    group by all
)
select month_start_on, segment, count(*) as customers, sum(revenue) as revenue
from customer_months
group by all
union all
select month_start_on, 'lapsed', ever_ordered.customers - coalesce(active.customers, 0), 0
from ever_ordered
left join active using (month_start_on)
where ever_ordered.customers - coalesce(active.customers, 0) > 0
