-- Every staged staff member's values as the warehouse keeps them,
-- the day a new version would start, and the hash of the tracked values. A table, not a view: the day a
-- version starts depends on the current versions, which this load closes before it opens the new ones.
create or replace temp table typed_staff as
with current_versions as (
    select staff_id, valid_from from dim_staff where is_current
),
typed as (
    select source_row,
           try_cast(id as bigint)               as staff_id,
           code                                 as staff_code,
           name                                 as staff_name,
           gender,
           try_cast(birth_date as date)         as birth_date,
           position,
           grade,
           try_cast(outlet_id as bigint)        as outlet_key,
           try_cast(hired_on as date)           as hired_on,
           try_cast(probation_end as date)      as probation_end_on,
           try_cast(left_on as date)            as left_on,
           leave_reason,
           try_cast(monthly_base_wage as decimal(14,2)) as monthly_base_wage,
           try_cast(hourly_rate as decimal(14,2)) as hourly_rate,
           try_cast(updated_at as timestamp)    as source_updated_at,
           -- As for customers: first seen, valid since 1900; changed, a new version from the change's day.
           case
               when current_versions.valid_from is null then date '1900-01-01'
               when cast(try_cast(updated_at as timestamp) as date) <= current_versions.valid_from then current_versions.valid_from
               else cast(try_cast(updated_at as timestamp) as date)
           end                                  as version_from
    from stg_staff as staged
    left join current_versions on current_versions.staff_id = try_cast(staged.id as bigint)
)
-- What counts as a change: the tracked values (not updated_at, so a row merely touched is unchanged).
select typed.*,
       hash(row(staff_code, staff_name, gender, birth_date, position, grade, outlet_key, hired_on, probation_end_on,
               left_on, leave_reason, monthly_base_wage, hourly_rate)) as row_hash
from typed
