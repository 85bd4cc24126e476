-- Loads the valid outlet expenses of this run.
insert into fct_outlet_expense
select outlet_expense_key, outlet_key, month_on, category, amount, row_hash, source_updated_at, getvariable('run_id')
from loadable_outlet_expense
