-- The one row an e-mail leads with: complaints received and the share first answered in time.
select coalesce(sum(received), 0)                                              as received,
       coalesce(display_percent(sum(first_response_within), sum(received)), 0)  as first_in_time_pct
from mart_complaint_handling_month
where month_start_on = :period_start
