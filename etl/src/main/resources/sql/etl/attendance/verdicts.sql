-- The staged attendance days that cannot be loaded: each with its source id (staff_id@work_date) and the first
-- reason, as reason:detail.
with staged as not materialized (
    select * from stg_attendance
),
known_staff as (
    select distinct staff_id from dim_staff
),
checked as (
    select staged.*,
           case
               when staff_id is null then 'missing_required:staff_id is empty'
               when work_date is null then 'missing_required:work_date is empty'
               when status is null then 'missing_required:status is empty'
               when updated_at is null then 'missing_required:updated_at is empty'
               when try_cast(staff_id as bigint) is null then 'bad_number:staff_id is not a whole number'
               when hours is not null and try_cast(hours as decimal(6,2)) is null then 'bad_number:hours is not a number'
               when try_cast(work_date as date) is null then 'bad_date:work_date is not a date'
               when try_cast(updated_at as timestamp) is null then 'bad_date:updated_at is not a timestamp'
               when status not in ('present', 'personal_leave', 'sick_leave', 'absent') then 'unknown_code:status ' || status
               when try_cast(hours as decimal(6,2)) < 0 then 'negative_amount:hours is negative'
               when try_cast(hours as decimal(6,2)) > 24 then 'absurd_amount:more than 24 hours in a day'
               when try_cast(staff_id as bigint) not in (select staff_id from known_staff)
                   then 'orphan_reference:staff_id ' || staff_id || ' is not a known staff member'
               when source_row in (select source_row from repeated_attendance) then 'duplicate_key:staff ' || staff_id || ' on ' || work_date || ' appears more than once in this extract'
           end as verdict
    from staged
)
select source_row,
       staff_id || '@' || work_date as source_id,
       verdict
from checked
where verdict is not null
