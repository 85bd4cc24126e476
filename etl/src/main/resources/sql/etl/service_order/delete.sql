-- Removes the previous version of every service order this run loads again.
delete from fct_service_order
where service_order_key in (select service_order_key from typed_service_order where reject_reason is null)
