-- One row per cut of the month: the company, each business unit, each outlet (the highest attrition rate first; ties:
-- more leavers, then code; no headcount, no rate: last), each position, each tenure band (shortest first). Rates in
-- percent of the average headcount, and the trailing 12-month rate.
with cuts as (
    select * from mart_staff_attrition_month where month_start_on = :period_start
),
ranked as (
    select *,
           case cut when 'company' then 0 when 'business_unit' then 1 when 'outlet' then 2 when 'position' then 3
                    else 4 end as cut_order,
           row_number() over (
               partition by cut
               order by case when cut = 'outlet' then attrition_rate end desc nulls last,
                        case when cut = 'outlet' then separations end desc,
                        -- the policy's bands by their lower bound in months: under_…, then N_to_…, then …_and_more
                        case when cut <> 'tenure_band' then 0
                             when cut_value like 'under%' then -1
                             when cut_value like '%and_more' then 1000000
                             else try_cast(split_part(cut_value, '_', 1) as integer)
                                  * case when cut_value like '%years' then 12 else 1 end end,
                        cut_value) as rank_in_cut
    from cuts
)
select month_start_on,
       cut,
       cut_value,
       headcount_start,
       headcount_end,
       hires,
       separations,
       average_headcount,
       cast(round(attrition_rate * 100, 1) as decimal(8,1))          as attrition_rate_pct,
       voluntary_separations,
       cast(round(voluntary_rate * 100, 1) as decimal(8,1))          as voluntary_rate_pct,
       involuntary_separations,
       cast(round(involuntary_rate * 100, 1) as decimal(8,1))        as involuntary_rate_pct,
       other_separations,
       cast(round(other_rate * 100, 1) as decimal(8,1))              as other_rate_pct,
       early_separations,
       cast(round(early_rate * 100, 1) as decimal(8,1))              as early_rate_pct,
       trailing_separations,
       cast(round(trailing_average_headcount, 1) as decimal(20,1))  as trailing_average_headcount,
       cast(round(trailing_attrition_rate * 100, 1) as decimal(8,1)) as trailing_attrition_rate_pct,
       cut_label_en                                                  as label_en,
       cut_label_zh                                                  as label_zh,
       rank_in_cut
from ranked
order by cut_order, rank_in_cut
