-- Every customer's current version: the customers input of CustomerSegmentation.
select customer_id, customer_code, kind from dim_customer where is_current
