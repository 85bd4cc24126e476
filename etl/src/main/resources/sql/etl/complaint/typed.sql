-- Every staged complaint's values as the warehouse keeps them, and the hash of those whose change
-- counts. A view: the casts run while the valid rows are written, so the typed rows are never held twice.
create or replace temp view typed_complaint as
with typed as (
    select source_row,
           try_cast(id as bigint)               as complaint_key,
           complaint_no,
           try_cast(customer_id as bigint)      as customer_id,
           try_cast(order_id as bigint)         as service_order_key,
           try_cast(outlet_id as bigint)        as outlet_key,
           kind,
           try_cast(received_at as timestamp) as received_at,
           try_cast(first_response_at as timestamp) as first_response_at,
           try_cast(second_response_at as timestamp) as second_response_at,
           try_cast(resolved_at as timestamp) as resolved_at,
           try_cast(follow_up_at as timestamp) as follow_up_at,
           outcome,
           try_cast(updated_at as timestamp)    as source_updated_at
    from stg_complaint as staged
)
select typed.*,
       hash(row(complaint_no, customer_id, service_order_key, outlet_key, kind, received_at, first_response_at,
               second_response_at, resolved_at, follow_up_at, outcome)) as row_hash
from typed
