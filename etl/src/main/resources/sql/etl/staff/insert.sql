-- Opens a new current version for every new or changed staff member, with a new surrogate key.
insert into dim_staff
-- (The keys are numbered over the narrow (row, id) pairs and joined back: a window over the whole rows sorted every
-- column of them, half of the insert.)
with numbered as (
    select source_row, row_number() over (order by staff_id) as ordinal from loadable_staff
)
select (select coalesce(max(staff_key), 0) from dim_staff) + numbered.ordinal,
       staff_id, staff_code, staff_name, gender, birth_date, position, grade, outlet_key, hired_on, probation_end_on,
       left_on, leave_reason, monthly_base_wage, hourly_rate, version_from, date '9999-12-31', true, row_hash,
       source_updated_at, getvariable('run_id')
from loadable_staff
join numbered using (source_row)
