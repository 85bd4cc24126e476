-- Every staged customer flag's values as the warehouse keeps them, and the hash of those whose change
-- counts. A view: the casts run while the valid rows are written, so the typed rows are never held twice.
create or replace temp view typed_customer_flag as
with typed as (
    select source_row,
           try_cast(id as bigint)               as customer_flag_key,
           try_cast(customer_id as bigint)      as customer_id,
           flag,
           try_cast(noted_on as date)           as noted_on,
           note,
           try_cast(updated_at as timestamp)    as source_updated_at
    from stg_customer_flag as staged
)
select typed.*,
       hash(row(customer_id, flag, noted_on, note)) as row_hash
from typed
