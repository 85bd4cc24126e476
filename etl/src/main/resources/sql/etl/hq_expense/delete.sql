-- Removes the previous version of every head-office month this run loads again.
delete from fct_hq_expense
where hq_expense_key in (select hq_expense_key from loadable_hq_expense)
