-- Where a customer of the Premium Customer Summary stands among the month's active customers for each RFM score, as
-- customer_window orders them from worst to best (recency: most days first; frequency: fewest orders first;
-- monetary: least revenue first; ties by customer code), with how many there are: NTILE(5) at that position.
select customer_code, r_position, f_position, m_position, active_customers
from customer_window(cast(:period_end as date))
where customer_code = :row_customer_code and segment <> 'lapsed'
