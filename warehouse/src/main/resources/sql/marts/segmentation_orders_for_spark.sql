-- Every order with its customer, local days, amounts and product category: the orders input of CustomerSegmentation.
select fct_service_order.customer_id,
       fct_service_order.status,
       cast(fct_service_order.completed_at as date) as completed_on,
       cast(fct_service_order.cancelled_at as date) as cancelled_on,
       fct_service_order.amount,
       fct_service_order.cancellation_fee,
       dim_product.category as product_category
from fct_service_order
join dim_product using (product_key)
where fct_service_order.status in ('completed', 'cancelled')
