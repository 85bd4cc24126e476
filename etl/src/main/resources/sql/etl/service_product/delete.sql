-- Removes the previous version of every product this run loads again.
delete from dim_product
where product_key in (select product_key from loadable_service_product)
