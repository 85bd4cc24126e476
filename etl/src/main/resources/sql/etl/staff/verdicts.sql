-- The staged staff members who cannot be loaded: each with its source id and the first reason, as reason:detail.
with staged as not materialized (
    select * from stg_staff
),
known_outlets as (
    select outlet_key from dim_outlet
),
code_owner as (
    select code, min(key) as owner_key
    from (
        select code, try_cast(id as bigint) as key from staged where try_cast(id as bigint) is not null
        union all
        select distinct staff_code, staff_id from dim_staff
    )
    group by code
    having min(key) <> max(key)
),
checked as (
    select staged.*,
           case
               when id is null then 'missing_required:id is empty'
               when code is null then 'missing_required:code is empty'
               when name is null then 'missing_required:name is empty'
               when position is null then 'missing_required:position is empty'
               when grade is null then 'missing_required:grade is empty'
               when outlet_id is null then 'missing_required:outlet_id is empty'
               when hired_on is null then 'missing_required:hired_on is empty'
               when updated_at is null then 'missing_required:updated_at is empty'
               when left_on is not null and leave_reason is null then 'missing_required:a leaver needs a leave_reason'
               when try_cast(id as bigint) is null then 'bad_number:id is not a whole number'
               when try_cast(outlet_id as bigint) is null then 'bad_number:outlet_id is not a whole number'
               when monthly_base_wage is not null and try_cast(monthly_base_wage as decimal(14,2)) is null then 'bad_number:monthly_base_wage is not an amount'
               when hourly_rate is not null and try_cast(hourly_rate as decimal(14,2)) is null then 'bad_number:hourly_rate is not an amount'
               when try_cast(hired_on as date) is null then 'bad_date:hired_on is not a date'
               when birth_date is not null and try_cast(birth_date as date) is null then 'bad_date:birth_date is not a date'
               when probation_end is not null and try_cast(probation_end as date) is null then 'bad_date:probation_end is not a date'
               when left_on is not null and try_cast(left_on as date) is null then 'bad_date:left_on is not a date'
               when try_cast(updated_at as timestamp) is null then 'bad_date:updated_at is not a timestamp'
               when position not in ('service_worker', 'outlet_admin', 'customer_service', 'claims_specialist',
                                     'account_manager', 'department_manager') then 'unknown_code:position ' || position
               when grade not in ('staff', 'supervisor', 'manager') then 'unknown_code:grade ' || grade
               when leave_reason not in ('resigned', 'dismissed', 'probation_failed', 'contract_end', 'retired')
                   then 'unknown_code:leave_reason ' || leave_reason
               when least(try_cast(monthly_base_wage as decimal(14,2)), try_cast(hourly_rate as decimal(14,2))) < 0
                   then 'negative_amount:a wage is negative'
               when greatest(try_cast(monthly_base_wage as decimal(14,2)), try_cast(hourly_rate as decimal(14,2))) > getvariable('max_amount')
                   then 'absurd_amount:a wage is over ' || getvariable('max_amount')
               when try_cast(left_on as date) < try_cast(hired_on as date) then 'dates_out_of_order:left_on is before hired_on'
               when try_cast(outlet_id as bigint) not in (select outlet_key from known_outlets)
                   then 'orphan_reference:outlet_id ' || outlet_id || ' is not a known outlet'
               when source_row in (select source_row from repeated_staff) then 'duplicate_key:id ' || id || ' appears more than once in this extract'
               when code_owner.owner_key <> try_cast(id as bigint) then 'duplicate_key:code ' || code || ' belongs to staff id ' || code_owner.owner_key
           end as verdict
    from staged
    left join code_owner using (code)
)
select source_row,
       id as source_id,
       verdict
from checked
where verdict is not null
