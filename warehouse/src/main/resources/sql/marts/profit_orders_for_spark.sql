-- Completed and cancelled orders of the days the periods read (getvariable('read_from') to getvariable('read_to'))
-- with their outlet, local days and the lead worker's hourly rate (the version of the scheduled day the fact points
-- at): the orders input of OutletProfitability.
select dim_outlet.outlet_code,
       fct_service_order.status,
       cast(fct_service_order.completed_at as date) as completed_on,
       cast(fct_service_order.cancelled_at as date) as cancelled_on,
       fct_service_order.amount,
       fct_service_order.cancellation_fee,
       fct_service_order.hours,
       dim_staff.hourly_rate as lead_hourly_rate
from fct_service_order
join dim_outlet using (outlet_key)
left join dim_staff using (staff_key)
where fct_service_order.status in ('completed', 'cancelled')
  and coalesce(cast(fct_service_order.completed_at as date), cast(fct_service_order.cancelled_at as date))
      between getvariable('read_from') and getvariable('read_to')
