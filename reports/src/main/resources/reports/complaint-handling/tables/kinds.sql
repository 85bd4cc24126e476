-- One row per complaint kind for the whole company in the month: the outlets' counts summed and the shares of the
-- sums (a company median would need every complaint, which the mart does not keep: it is left out here).
with kinds as (
    select kind, sum(received) as received, sum(first_response_within) as first_response_within,
           sum(second_response_within) as second_response_within, sum(resolved) as resolved,
           sum(follow_up_within) as follow_up_within
    from mart_complaint_handling_month
    where month_start_on = :period_start
    group by kind
)
select cast(:period_start as date) as month_start_on,
       kind,
       cast(received as bigint) as received,
       cast(first_response_within as bigint) as first_response_within,
       display_percent(first_response_within, received) as first_response_pct,
       cast(second_response_within as bigint) as second_response_within,
       display_percent(second_response_within, received) as second_response_pct,
       cast(resolved as bigint) as resolved,
       cast(follow_up_within as bigint) as follow_up_within,
       display_percent(follow_up_within, resolved) as follow_up_pct
from kinds
order by case kind when 'hard' then 0 else 1 end
