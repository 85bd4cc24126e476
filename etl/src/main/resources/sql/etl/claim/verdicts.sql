-- The staged claims that cannot be loaded: each with its source id and the first reason, as reason:detail.
with staged as not materialized (
    select * from stg_claim
),
-- (Only the orders this extract names: a hash table of every order cost ten times the check.)
known_orders as (
    select service_order_key from fct_service_order
    where service_order_key in (select try_cast(order_id as bigint) from staged)
),
known_outlets as (
    select outlet_key from dim_outlet
),
claim_no_owner as (
    select claim_no, min(key) as owner_key
    from (
        select claim_no, try_cast(id as bigint) as key from staged where try_cast(id as bigint) is not null
        union all
        select claim_no, claim_key from fct_claim
    )
    group by claim_no
    having min(key) <> max(key)
),
typed as (
    select staged.*,
           try_cast(reported_at as timestamp)                              as reported_ts,
           try_cast(settled_at as timestamp)                               as settled_ts,
           try_cast(estimated_loss as decimal(14,2))                       as estimated_loss_n,
           try_cast(claimed_amount as decimal(14,2))                       as claimed_amount_n,
           coalesce(try_cast(approved_amount as decimal(14,2)), 0)         as approved_amount_n,
           coalesce(try_cast(staff_liability_amount as decimal(14,2)), 0)  as staff_liability_amount_n,
           coalesce(try_cast(insurer_recovery as decimal(14,2)), 0)        as insurer_recovery_n
    from staged
),
checked as (
    select typed.*,
           case
               when id is null then 'missing_required:id is empty'
               when claim_no is null then 'missing_required:claim_no is empty'
               when order_id is null then 'missing_required:order_id is empty'
               when outlet_id is null then 'missing_required:outlet_id is empty'
               when kind is null then 'missing_required:kind is empty'
               when reported_at is null then 'missing_required:reported_at is empty'
               when estimated_loss is null then 'missing_required:estimated_loss is empty'
               when claimed_amount is null then 'missing_required:claimed_amount is empty'
               when status is null then 'missing_required:status is empty'
               when updated_at is null then 'missing_required:updated_at is empty'
               when status = 'settled' and (approved_amount is null or approver_role is null or settled_at is null)
                   then 'missing_required:a settled claim needs approved_amount, approver_role and settled_at'
               when status = 'rejected' and settled_at is null then 'missing_required:a rejected claim needs settled_at, its decision date'
               when try_cast(id as bigint) is null then 'bad_number:id is not a whole number'
               when try_cast(order_id as bigint) is null then 'bad_number:order_id is not a whole number'
               when try_cast(outlet_id as bigint) is null then 'bad_number:outlet_id is not a whole number'
               when estimated_loss_n is null then 'bad_number:estimated_loss is not an amount'
               when claimed_amount_n is null then 'bad_number:claimed_amount is not an amount'
               when approved_amount is not null and try_cast(approved_amount as decimal(14,2)) is null then 'bad_number:approved_amount is not an amount'
               when staff_liability_amount is not null and try_cast(staff_liability_amount as decimal(14,2)) is null then 'bad_number:staff_liability_amount is not an amount'
               when insurer_recovery is not null and try_cast(insurer_recovery as decimal(14,2)) is null then 'bad_number:insurer_recovery is not an amount'
               when customer_satisfaction is not null and try_cast(customer_satisfaction as integer) is null then 'bad_number:customer_satisfaction is not a whole number'
               when reported_ts is null then 'bad_date:reported_at is not a timestamp'
               when settled_at is not null and settled_ts is null then 'bad_date:settled_at is not a timestamp'
               when try_cast(updated_at as timestamp) is null then 'bad_date:updated_at is not a timestamp'
               when kind not in ('property_damage', 'staff_injury', 'third_party') then 'unknown_code:kind ' || kind
               when status not in ('open', 'settled', 'rejected') then 'unknown_code:status ' || status
               when approver_role not in ('outlet', 'claims_specialist', 'department_manager', 'vice_president') then 'unknown_code:approver_role ' || approver_role
               when try_cast(customer_satisfaction as integer) not between 1 and 5 then 'unknown_code:customer_satisfaction ' || customer_satisfaction || ' is not 1-5'
               when least(estimated_loss_n, claimed_amount_n, approved_amount_n, staff_liability_amount_n, insurer_recovery_n) < 0
                   then 'negative_amount:an amount is negative'
               when greatest(estimated_loss_n, claimed_amount_n, approved_amount_n, staff_liability_amount_n, insurer_recovery_n) > getvariable('max_amount')
                   then 'absurd_amount:an amount is over ' || getvariable('max_amount')
               when settled_ts < reported_ts then 'dates_out_of_order:settled_at is before reported_at'
               when try_cast(order_id as bigint) not in (select service_order_key from known_orders)
                   then 'orphan_reference:order_id ' || order_id || ' is not a known service order'
               when try_cast(outlet_id as bigint) not in (select outlet_key from known_outlets)
                   then 'orphan_reference:outlet_id ' || outlet_id || ' is not a known outlet'
               when source_row in (select source_row from repeated_claim) then 'duplicate_key:id ' || id || ' appears more than once in this extract'
               when claim_no_owner.owner_key <> try_cast(id as bigint) then 'duplicate_key:claim_no ' || claim_no || ' belongs to claim id ' || claim_no_owner.owner_key
           end as verdict
    from typed
    left join claim_no_owner using (claim_no)
)
select source_row,
       id as source_id,
       verdict
from checked
where verdict is not null
