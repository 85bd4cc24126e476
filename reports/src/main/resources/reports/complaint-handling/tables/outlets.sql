-- One row per outlet and complaint kind of the month: received, the shares answered within the first and second
-- limits, followed up within the limit after resolution (of those resolved), and the median minutes to a first
-- response.
select month_start_on,
       business_unit_code,
       outlet_code,
       outlet_name,
       kind,
       received,
       first_response_within,
       cast(round(first_response_share * 100, 1) as decimal(8,1))  as first_response_pct,
       second_response_within,
       cast(round(second_response_share * 100, 1) as decimal(8,1)) as second_response_pct,
       resolved,
       follow_up_within,
       cast(round(follow_up_share * 100, 1) as decimal(8,1))       as follow_up_pct,
       cast(round(median_first_response_minutes, 1) as decimal(12,1)) as median_first_response_minutes,
       business_unit_name_en,
       business_unit_name_zh
from mart_complaint_handling_month
where month_start_on = :period_start
order by business_unit_code, outlet_code, case kind when 'hard' then 0 else 1 end
