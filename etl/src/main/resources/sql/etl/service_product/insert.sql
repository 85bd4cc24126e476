-- Loads the valid products of this run.
insert into dim_product
select product_key, product_code, product_name_zh, product_name_en, category, unit, list_price, row_hash,
       source_updated_at, getvariable('run_id')
from loadable_service_product
