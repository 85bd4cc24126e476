-- Removes the previous version of every flag this run loads again.
delete from fct_customer_flag
where customer_flag_key in (select customer_flag_key from loadable_customer_flag)
