-- Every staged service product's values as the warehouse keeps them, and the hash of those whose change
-- counts. A view: the casts run while the valid rows are written, so the typed rows are never held twice.
create or replace temp view typed_service_product as
with typed as (
    select source_row,
           try_cast(id as bigint)               as product_key,
           code                                 as product_code,
           name_zh                              as product_name_zh,
           name_en                              as product_name_en,
           category,
           unit,
           try_cast(list_price as decimal(14,2)) as list_price,
           try_cast(updated_at as timestamp)    as source_updated_at
    from stg_service_product as staged
)
-- What counts as a change: the typed business values (not updated_at, so a row merely touched is unchanged).
select typed.*,
       hash(row(product_code, product_name_zh, product_name_en, category, unit, list_price)) as row_hash
from typed
