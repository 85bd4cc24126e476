-- Every staged claim's values as the warehouse keeps them, and the hash of those whose change
-- counts. A view: the casts run while the valid rows are written, so the typed rows are never held twice.
create or replace temp view typed_claim as
with typed as (
    select source_row,
           try_cast(id as bigint)               as claim_key,
           claim_no,
           try_cast(order_id as bigint)         as service_order_key,
           try_cast(outlet_id as bigint)        as outlet_key,
           kind,
           try_cast(reported_at as timestamp) as reported_at,
           try_cast(settled_at as timestamp) as settled_at,
           try_cast(estimated_loss as decimal(14,2)) as estimated_loss,
           try_cast(claimed_amount as decimal(14,2)) as claimed_amount,
           coalesce(try_cast(approved_amount as decimal(14,2)), 0) as approved_amount,
           coalesce(try_cast(staff_liability_amount as decimal(14,2)), 0) as staff_liability_amount,
           coalesce(try_cast(insurer_recovery as decimal(14,2)), 0) as insurer_recovery,
           approver_role,
           status,
           try_cast(customer_satisfaction as integer) as customer_satisfaction,
           try_cast(updated_at as timestamp)    as source_updated_at
    from stg_claim as staged
)
-- What counts as a change: the typed business values (not updated_at, so a row merely touched is unchanged).
select typed.*,
       hash(row(claim_no, service_order_key, outlet_key, kind, reported_at, settled_at, estimated_loss, claimed_amount,
               approved_amount, staff_liability_amount, insurer_recovery, approver_role, status, customer_satisfaction)) as row_hash
from typed
