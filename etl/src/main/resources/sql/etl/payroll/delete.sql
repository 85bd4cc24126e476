-- Removes the previous version of every payroll line this run loads again.
delete from fct_payroll
where payroll_key in (select payroll_key from loadable_payroll)
