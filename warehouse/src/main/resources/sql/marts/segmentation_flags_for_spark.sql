-- Every bad-conduct flag with its day: the flags input of CustomerSegmentation.
select customer_id, noted_on from fct_customer_flag
