-- Monthly outlet costs: expenses, and payroll at the payroll row's outlet with the staff member's position (the
-- version the row points at): the outlet-costs input of OutletProfitability.
select dim_outlet.outlet_code, fct_outlet_expense.month_on, 'expense' as kind, null::varchar as position,
       fct_outlet_expense.amount
from fct_outlet_expense
join dim_outlet using (outlet_key)
union all
select dim_outlet.outlet_code, fct_payroll.month_on, 'payroll', dim_staff.position, fct_payroll.gross_pay
from fct_payroll
join dim_outlet on dim_outlet.outlet_key = fct_payroll.outlet_key
join dim_staff on dim_staff.staff_key = fct_payroll.staff_key
