-- Every staged outlet expense's values as the warehouse keeps them, and the hash of those whose change
-- counts. A view: the casts run while the valid rows are written, so the typed rows are never held twice.
create or replace temp view typed_outlet_expense as
with typed as (
    select source_row,
           try_cast(id as bigint)               as outlet_expense_key,
           try_cast(outlet_id as bigint)        as outlet_key,
           try_cast(month as date)              as month_on,
           category,
           try_cast(amount as decimal(14,2))    as amount,
           try_cast(updated_at as timestamp)    as source_updated_at
    from stg_outlet_expense as staged
)
select typed.*,
       hash(row(outlet_key, month_on, category, amount)) as row_hash
from typed
