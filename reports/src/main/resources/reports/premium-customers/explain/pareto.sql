-- The customers behind the Premium Customer Summary's Pareto row (--row company): every active customer as of the
-- month's last day, as customer_window ranks them by revenue in the 12 months (ties by customer code), the top fifth
-- the first ceil(20 % of them) by the policy's share: each adds 1 and their revenue, to the top fifth's too if in it.
select customer_code                                  as source_no,
       customer_id                                    as source_id,
       pareto_rank,
       top_fifth,
       1                                              as active_customers,
       case when top_fifth then 1 end                 as top_fifth_customers,
       revenue                                        as revenue_cny,
       case when top_fifth then revenue end           as top_fifth_revenue_cny
from customer_window(cast(:period_end as date))
where segment <> 'lapsed'
order by pareto_rank
