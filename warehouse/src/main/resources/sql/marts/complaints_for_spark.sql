-- One row per complaint with its outlet's codes and its times as local wall-clock milliseconds: the input of
-- ComplaintHandling (differences of these are exact, and their day is the company-local day).
with complaints as (
    select * from fct_complaint
),
outlets as (
    select outlet_key, outlet_code, business_unit_code from dim_outlet
)
select
    complaints.complaint_no,
    outlets.business_unit_code,
    outlets.outlet_code,
    complaints.kind,
    epoch_ms(complaints.received_at)        as received_ms,
    epoch_ms(complaints.first_response_at)  as first_response_ms,
    epoch_ms(complaints.second_response_at) as second_response_ms,
    epoch_ms(complaints.resolved_at)        as resolved_ms,
    epoch_ms(complaints.follow_up_at)       as follow_up_ms
from complaints
join outlets using (outlet_key)
