-- Where a customer of the Premium Customer Summary stands among the month's active customers for each RFM score, as
-- customer_window orders them from worst to best (recency: most days first; frequency: fewest orders first;
-- monetary: least revenue first; ties by customer code), with how many there are: NTILE(5) at that position. A
-- position is 1 and the customers ordered before this one, counted rather than sorted (what ROW_NUMBER over that
-- order gives): no ranking of every customer three times over.
with active as (
    select customer_code, recency_days, orders, revenue
    from customer_window(cast(:period_end as date))
    where orders > 0
),
customer as (
    select * from active where customer_code = :row_customer_code
)
select customer.customer_code,
       1 + count(*) filter (where active.recency_days > customer.recency_days
                                  or (active.recency_days = customer.recency_days
                                      and active.customer_code < customer.customer_code)) as r_position,
       1 + count(*) filter (where active.orders < customer.orders
                                  or (active.orders = customer.orders
                                      and active.customer_code < customer.customer_code)) as f_position,
       1 + count(*) filter (where active.revenue < customer.revenue
                                  or (active.revenue = customer.revenue
                                      and active.customer_code < customer.customer_code)) as m_position,
       count(*)                                                                           as active_customers
from active
cross join customer
group by customer.customer_code
