-- The staged attendance days that cannot be loaded: each with its source id (staff_id@work_date) and the first
-- reason, as reason:detail.
create or replace temp table rejected_attendance as
with staged as not materialized (
    select * from stg_attendance
),
known_staff as (
    select distinct staff_id from dim_staff
),
-- A staff day read twice: the row with the newest updated_at (then the last one) is kept, the others are duplicates.
-- The repeated days are found first, next to each other in (staff, day) order (a sort costs less than counting six
-- million pairs, or ranking them all), and only their rows ranked; the checks look up the losers.
repeated_days as (
    select distinct staff_id, work_date
    from (select staff_id, work_date,
                 lag(staff_id) over in_order as previous_staff,
                 lag(work_date) over in_order as previous_date
          from staged
          window in_order as (order by staff_id, work_date))
    where staff_id = previous_staff and work_date = previous_date
),
repeats as (
    select source_row
    from (
        select source_row,
               row_number() over (partition by staff_id, work_date
                                  order by coalesce(try_cast(updated_at as timestamp), timestamp '0001-01-01') desc,
                                           source_row desc) as key_rank
        from staged semi join repeated_days using (staff_id, work_date)
    )
    where key_rank > 1
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
               when repeats.source_row is not null then 'duplicate_key:staff ' || staff_id || ' on ' || work_date || ' appears more than once in this extract'
           end as verdict
    from staged
    left join repeats using (source_row)
)
select source_row,
       staff_id || '@' || work_date         as source_id,
       split_part(verdict, ':', 1)          as reject_reason,
       substr(verdict, strpos(verdict, ':') + 1) as reject_detail
from checked
where verdict is not null
