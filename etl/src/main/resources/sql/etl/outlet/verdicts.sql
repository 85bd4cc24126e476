-- The staged outlets that cannot be loaded: each with its source id and the first reason, as reason:detail.
create or replace temp table rejected_outlet as
with staged as not materialized (
    select * from stg_outlet
),
known_units as (
    select business_unit_key from dim_business_unit
),
code_owner as (
    select code, min(key) as owner_key
    from (
        select code, try_cast(id as bigint) as key from staged where try_cast(id as bigint) is not null
        union all
        select outlet_code, outlet_key from dim_outlet
    )
    group by code
    having min(key) <> max(key)
),
-- An id read twice: the row with the newest updated_at (then the last one) is kept, the others are duplicates.
-- Few ids repeat, so they are found first, next to each other in id order, and only their rows ranked.
repeated_id_values as (
    select distinct id from (select id, lag(id) over (order by id) as previous from staged) where id = previous
),
repeated_ids as (
    select id, arg_max(source_row, (coalesce(try_cast(updated_at as timestamp), timestamp '0001-01-01'), source_row)) as kept_row
    from staged semi join repeated_id_values using (id)
    group by id
),
ranked as (
    select staged.*,
           case when repeated_ids.kept_row is null or repeated_ids.kept_row = staged.source_row then 1 else 2 end as id_rank
    from staged
    left join repeated_ids using (id)
),
checked as (
    select ranked.*,
           case
               when id is null then 'missing_required:id is empty'
               when code is null then 'missing_required:code is empty'
               when name is null then 'missing_required:name is empty'
               when business_unit_id is null then 'missing_required:business_unit_id is empty'
               when updated_at is null then 'missing_required:updated_at is empty'
               when try_cast(id as bigint) is null then 'bad_number:id is not a whole number'
               when try_cast(business_unit_id as bigint) is null then 'bad_number:business_unit_id is not a whole number'
               when opened_on is not null and try_cast(opened_on as date) is null then 'bad_date:opened_on is not a date'
               when closed_on is not null and try_cast(closed_on as date) is null then 'bad_date:closed_on is not a date'
               when try_cast(updated_at as timestamp) is null then 'bad_date:updated_at is not a timestamp'
               when try_cast(closed_on as date) < try_cast(opened_on as date) then 'dates_out_of_order:closed_on is before opened_on'
               when try_cast(business_unit_id as bigint) not in (select business_unit_key from known_units)
                   then 'orphan_reference:business_unit_id ' || business_unit_id || ' is not a known business unit'
               when id_rank > 1 then 'duplicate_key:id ' || id || ' appears more than once in this extract'
               when code_owner.owner_key <> try_cast(id as bigint) then 'duplicate_key:code ' || code || ' belongs to outlet id ' || code_owner.owner_key
           end as verdict
    from ranked
    left join code_owner using (code)
)
select source_row,
       id                                   as source_id,
       split_part(verdict, ':', 1)          as reject_reason,
       substr(verdict, strpos(verdict, ':') + 1) as reject_detail
from checked
where verdict is not null
