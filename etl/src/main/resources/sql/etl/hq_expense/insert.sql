-- Loads the valid head-office months of this run.
insert into fct_hq_expense
select hq_expense_key, month_on, amount, row_hash, source_updated_at, getvariable('run_id')
from loadable_hq_expense
