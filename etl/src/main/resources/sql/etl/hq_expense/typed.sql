-- Every staged head-office expense month's values as the warehouse keeps them, and the hash of those whose change
-- counts. A view: the casts run while the valid rows are written, so the typed rows are never held twice.
create or replace temp view typed_hq_expense as
with typed as (
    select source_row,
           try_cast(id as bigint)               as hq_expense_key,
           try_cast(month as date)              as month_on,
           try_cast(amount as decimal(14,2))    as amount,
           try_cast(updated_at as timestamp)    as source_updated_at
    from stg_hq_expense as staged
)
select typed.*,
       hash(row(month_on, amount)) as row_hash
from typed
