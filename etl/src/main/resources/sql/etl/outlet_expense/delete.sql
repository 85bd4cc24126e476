-- Removes the previous version of every outlet expense this run loads again.
delete from fct_outlet_expense
where outlet_expense_key in (select outlet_expense_key from loadable_outlet_expense)
