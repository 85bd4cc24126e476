-- Every staged payroll line's values as the warehouse keeps them, and the hash of those whose change
-- counts. A view: the casts run while the valid rows are written, so the typed rows are never held twice.
create or replace temp view typed_payroll as
with typed as (
    select source_row,
           try_cast(id as bigint)               as payroll_key,
           try_cast(staff_id as bigint)         as staff_id,
           try_cast(outlet_id as bigint)        as outlet_key,
           try_cast(month as date)              as month_on,
           try_cast(gross_pay as decimal(14,2)) as gross_pay,
           try_cast(updated_at as timestamp)    as source_updated_at
    from stg_payroll as staged
)
select typed.*,
       hash(row(staff_id, outlet_key, month_on, gross_pay)) as row_hash
from typed
