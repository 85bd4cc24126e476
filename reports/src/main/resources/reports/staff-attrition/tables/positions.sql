-- One row per position for the month.
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
       cut_label_zh                                                  as label_zh
from mart_staff_attrition_month
where month_start_on = :period_start
  and cut = 'position'
order by cut_value
