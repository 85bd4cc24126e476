-- Removes the previous version of every service order this run loads again.
delete from fct_service_order
where service_order_key in (select service_order_key from loadable_service_order)
