-- One row per staged attendance day: its typed values and the first reason it cannot be loaded, if any. The key is
-- the source's (staff_id, work_date); a reject names it staff_id@work_date.
create or replace temp table typed_attendance as
with staged as not materialized (
    select * from stg_attendance
),
known_staff as (
    select distinct staff_id from dim_staff
),
-- A staff day read twice: the row with the newest updated_at (then the last one) is kept, the others are duplicates.
-- (A window over the few narrow columns costs half of counting six million (staff, day) pairs to find the repeats.)
ranked as (
    select staged.*,
           row_number() over (partition by staff_id, work_date
                              order by coalesce(try_cast(updated_at as timestamp), timestamp '0001-01-01') desc,
                                       source_row desc) as key_rank
    from staged
),
checked as (
    select ranked.*,
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
               when key_rank > 1 then 'duplicate_key:staff ' || staff_id || ' on ' || work_date || ' appears more than once in this extract'
           end as verdict
    from ranked
),
output as (
    select source_row,
           -- (only a reject needs its source id: six million strings for nothing cost half a second)
           case when verdict is not null then staff_id || '@' || work_date end as source_id,
           split_part(verdict, ':', 1)          as reject_reason,
           substr(verdict, strpos(verdict, ':') + 1) as reject_detail,
           try_cast(staff_id as bigint)         as staff_id,
           try_cast(work_date as date)          as work_date,
           status,
           coalesce(try_cast(hours as decimal(6,2)), 0) as hours,
           try_cast(updated_at as timestamp)    as source_updated_at
    from checked
)
select output.*,
       hash(row(status, hours)) as row_hash
from output
