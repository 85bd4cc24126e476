-- One row per outlet of the month in scope: the staff counted (anyone with a row in the month, at the outlet of their
-- last day recorded), the days of each status, the hours, the absence rate (absent ÷ days recorded) and the leaves
-- that need more than a supervisor.
with staff as (
    select * from mart_attendance_staff_month
    where month_start_on = :period_start
      and (cast(:scope_outlet as varchar) is null or outlet_code = :scope_outlet)
)
select cast(:period_start as date)            as month_start_on,
       business_unit_code,
       outlet_code,
       min(outlet_name)                       as outlet_name,
       count(*)                               as staff,
       cast(sum(days_recorded) as bigint)     as days_recorded,
       cast(sum(days_present) as bigint)      as days_present,
       cast(sum(personal_leave_days) as bigint) as personal_leave_days,
       cast(sum(sick_leave_days) as bigint)   as sick_leave_days,
       cast(sum(absent_days) as bigint)       as absent_days,
       cast(sum(hours) as decimal(18,2))      as hours,
       display_percent(sum(absent_days), sum(days_recorded)) as absence_rate_pct,
       cast(sum(leaves_beyond_supervisor) as bigint) as leaves_beyond_supervisor
from staff
group by business_unit_code, outlet_code
order by business_unit_code, outlet_code
