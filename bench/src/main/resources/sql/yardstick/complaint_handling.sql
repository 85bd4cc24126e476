-- Complaint handling per month, outlet and kind (metrics.md), in DuckDB SQL alone: the yardstick for
-- ComplaintHandling. Months between the variables first_day and last_day (their first days); limits in minutes
-- from soft_first, hard_first, soft_second, hard_second, and follow_up_hours.
create or replace temp table yardstick_complaint_handling as
with complaints as (
    select date_trunc('month', received_at)::date as month_start_on, dim_outlet.business_unit_code,
           dim_outlet.outlet_code, kind,
           epoch_ms(first_response_at) - epoch_ms(received_at) as first_ms,
           epoch_ms(second_response_at) - epoch_ms(received_at) as second_ms,
           epoch_ms(follow_up_at) - epoch_ms(resolved_at) as follow_up_ms,
           resolved_at is not null as resolved,
           60000 * case when kind = 'hard' then getvariable('hard_first') else getvariable('soft_first') end as first_limit,
           60000 * case when kind = 'hard' then getvariable('hard_second') else getvariable('soft_second') end as second_limit
    from fct_complaint
    join dim_outlet using (outlet_key)
    where received_at >= getvariable('first_day') and received_at < getvariable('last_day') + interval 1 month
),
counted as (
    select month_start_on, business_unit_code, outlet_code, kind,
           count(*) as received,
           count(*) filter (where first_ms <= first_limit) as first_response_within,
           count(*) filter (where second_ms <= second_limit) as second_response_within,
           count(*) filter (where resolved) as resolved,
           count(*) filter (where resolved and follow_up_ms <= 3600000 * getvariable('follow_up_hours')) as follow_up_within,
           list_sort(list(first_ms) filter (where first_ms is not null)) as delays
    from complaints
    group by all
)
select month_start_on, business_unit_code, outlet_code, kind, received,
       first_response_within, round(first_response_within / received, 8) as first_response_share,
       second_response_within, round(second_response_within / received, 8) as second_response_share,
       resolved, follow_up_within, round(follow_up_within / nullif(resolved, 0), 8) as follow_up_share,
       len(delays) as first_responses,
       -- the middle delay (or the two middle ones) in minutes, half up at the sixth decimal, in whole numbers:
       -- (a + b) / 2 / 60000 × 10⁶ = (a + b) × 25 / 3
       case when len(delays) > 0 then
           ((delays[(len(delays) + 1) // 2] + delays[len(delays) // 2 + 1]) * 50 + 3) // 6 * 0.000001::decimal(24,6)
       end::decimal(24,6) as median_first_response_minutes
from counted
