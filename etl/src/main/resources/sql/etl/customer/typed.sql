-- Every staged customer's values as the warehouse keeps them, the phone as a keyed hash (PhoneKey) and its last four digits,
-- the day a new version would start, and the hash of the tracked values. A table, not a view: the day a
-- version starts depends on the current versions, which this load closes before it opens the new ones.
create or replace temp table typed_customer as
with current_versions as (
    select customer_id, valid_from from dim_customer where is_current
),
typed as (
    select source_row,
           try_cast(id as bigint)               as customer_id,
           code                                 as customer_code,
           kind,
           name                                 as customer_name,
           case when phone is null then null else keyed_phone(sha256(regexp_replace(phone, '[^0-9]', '', 'g'))) end as phone_hash,
           case when phone is null then null else right(regexp_replace(phone, '[^0-9]', '', 'g'), 4) end as phone_last4,
           city,
           district,
           try_cast(registered_on as date)      as registered_on,
           try_cast(home_outlet_id as bigint)   as home_outlet_key,
           try_cast(updated_at as timestamp)    as source_updated_at,
           -- A new version starts on the change's day; a customer seen first is valid since 1900, so older facts find
           -- it; a change dated on or before the current version's start corrects that version instead.
           case
               when current_versions.valid_from is null then date '1900-01-01'
               when cast(try_cast(updated_at as timestamp) as date) <= current_versions.valid_from then current_versions.valid_from
               else cast(try_cast(updated_at as timestamp) as date)
           end                                  as version_from
    from stg_customer as staged
    left join current_versions on current_versions.customer_id = try_cast(staged.id as bigint)
)
-- What counts as a change: the tracked values (not updated_at, so a row merely touched is unchanged).
select typed.*,
       hash(row(customer_code, kind, customer_name, phone_hash, city, district, registered_on, home_outlet_key)) as row_hash
from typed
