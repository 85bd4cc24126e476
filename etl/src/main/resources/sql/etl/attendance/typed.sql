-- Every staged attendance day's values as the warehouse keeps them, and the hash of those whose change
-- counts. A view: the casts run while the valid rows are written, so the typed rows are never held twice.
-- The key is the source's (staff_id, work_date).
create or replace temp view typed_attendance as
with typed as (
    select source_row,
           try_cast(staff_id as bigint)         as staff_id,
           try_cast(work_date as date)          as work_date,
           status,
           coalesce(try_cast(hours as decimal(6,2)), 0) as hours,
           try_cast(updated_at as timestamp)    as source_updated_at
    from stg_attendance as staged
)
select typed.*,
       hash(row(status, hours)) as row_hash
from typed
