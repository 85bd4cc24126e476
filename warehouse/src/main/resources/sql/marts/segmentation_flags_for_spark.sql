-- Every bad-conduct flag noted in the months' windows (getvariable('window_start') to getvariable('window_end')) with
-- its day: the flags input of CustomerSegmentation.
select customer_id, noted_on
from fct_customer_flag
where noted_on between getvariable('window_start') and getvariable('window_end')
