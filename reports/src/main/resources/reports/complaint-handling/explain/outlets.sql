-- Every complaint behind an outlet-and-kind row of Complaint Handling (metrics.md "Complaint handling") for the
-- month: each complaint received in it, read from the loaded complaints, not the mart, with its number, source id,
-- load run and times, then what it adds to each count (null: nothing). A response counts within its limit when it
-- came no later than the policy's minutes after receipt (complaint_limit_minutes, the same rule Spark applies); a
-- missing time never does. Shares are ratios of these counts (report.yaml); the median is first_response_ms's
-- middle value over the answered ones.
with complaints as (
    select complaint.complaint_no,
           complaint.complaint_key                 as source_id,
           complaint.load_run_id,
           outlet.business_unit_code,
           outlet.outlet_code,
           complaint.kind,
           complaint.received_at,
           complaint.first_response_at,
           complaint.second_response_at,
           complaint.resolved_at,
           complaint.follow_up_at
    from fct_complaint as complaint
    join dim_outlet as outlet using (outlet_key)
    where cast(complaint.received_at as date) between :period_start and :period_end
)
select complaint_no, source_id, load_run_id, business_unit_code, outlet_code, kind, received_at, first_response_at,
       second_response_at, resolved_at, follow_up_at,
       1                                                                                  as received,
       case when first_response_at <= received_at
                 + complaint_limit_minutes(kind, 'first') * interval 1 minute then 1 end  as first_response_within,
       case when second_response_at <= received_at
                 + complaint_limit_minutes(kind, 'second') * interval 1 minute then 1 end as second_response_within,
       case when resolved_at is not null then 1 end                                       as resolved,
       case when resolved_at is not null and follow_up_at <= resolved_at
                 + complaint_follow_up_minutes() * interval 1 minute then 1 end           as follow_up_within,
       -- whole milliseconds: the median's minutes are worked out exactly from them
       epoch_ms(first_response_at) - epoch_ms(received_at)                                as first_response_ms
from complaints
order by outlet_code, kind, received_at, complaint_no
