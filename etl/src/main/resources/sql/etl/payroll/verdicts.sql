-- The staged payroll lines that cannot be loaded: each with its source id and the first reason, as reason:detail.
with staged as not materialized (
    select * from stg_payroll
),
known_staff as (
    select distinct staff_id from dim_staff
),
known_outlets as (
    select outlet_key from dim_outlet
),
natural_owner as (
    select owner_staff_id, owner_outlet_key, owner_month_on, min(key) as owner_key
    from (
        select try_cast(staff_id as bigint) as owner_staff_id, try_cast(outlet_id as bigint) as owner_outlet_key,
               try_cast(month as date) as owner_month_on, try_cast(id as bigint) as key
        from staged where try_cast(id as bigint) is not null
        union all
        select staff_id, outlet_key, month_on, payroll_key from fct_payroll
    )
    group by owner_staff_id, owner_outlet_key, owner_month_on
    having min(key) <> max(key)
),
checked as (
    select staged.*,
           case
               when id is null then 'missing_required:id is empty'
               when staff_id is null then 'missing_required:staff_id is empty'
               when outlet_id is null then 'missing_required:outlet_id is empty'
               when month is null then 'missing_required:month is empty'
               when gross_pay is null then 'missing_required:gross_pay is empty'
               when updated_at is null then 'missing_required:updated_at is empty'
               when try_cast(id as bigint) is null then 'bad_number:id is not a whole number'
               when try_cast(staff_id as bigint) is null then 'bad_number:staff_id is not a whole number'
               when try_cast(outlet_id as bigint) is null then 'bad_number:outlet_id is not a whole number'
               when try_cast(gross_pay as decimal(14,2)) is null then 'bad_number:gross_pay is not an amount'
               when try_cast(month as date) is null then 'bad_date:month is not a date'
               when day(try_cast(month as date)) <> 1 then 'bad_date:month ' || month || ' is not the first day of a month'
               when try_cast(updated_at as timestamp) is null then 'bad_date:updated_at is not a timestamp'
               when try_cast(gross_pay as decimal(14,2)) < 0 then 'negative_amount:gross_pay is negative'
               when try_cast(gross_pay as decimal(14,2)) > getvariable('max_amount') then 'absurd_amount:gross_pay is over ' || getvariable('max_amount')
               when try_cast(staff_id as bigint) not in (select staff_id from known_staff)
                   then 'orphan_reference:staff_id ' || staff_id || ' is not a known staff member'
               when try_cast(outlet_id as bigint) not in (select outlet_key from known_outlets)
                   then 'orphan_reference:outlet_id ' || outlet_id || ' is not a known outlet'
               when source_row in (select source_row from repeated_payroll) then 'duplicate_key:id ' || id || ' appears more than once in this extract'
               when natural_owner.owner_key <> try_cast(id as bigint)
                   then 'duplicate_key:staff ' || staff_id || ', outlet ' || outlet_id || ', ' || month || ' belongs to payroll id ' || natural_owner.owner_key
           end as verdict
    from staged
    left join natural_owner on natural_owner.owner_staff_id = try_cast(staged.staff_id as bigint)
                           and natural_owner.owner_outlet_key = try_cast(staged.outlet_id as bigint)
                           and natural_owner.owner_month_on = try_cast(staged.month as date)
)
select source_row,
       id as source_id,
       verdict
from checked
where verdict is not null
