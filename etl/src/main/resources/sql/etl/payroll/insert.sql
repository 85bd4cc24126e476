-- Loads the valid payroll lines of this run, each at the staff member's version of the month's last day.
insert into fct_payroll
with lines as (
    select * from loadable_payroll
),
staff as (
    select staff_id, staff_key, valid_from, valid_to from dim_staff
)
select lines.payroll_key, lines.staff_id, staff.staff_key, lines.outlet_key, lines.month_on, lines.gross_pay,
       lines.row_hash, lines.source_updated_at, getvariable('run_id')
from lines
join staff on staff.staff_id = lines.staff_id and last_day(lines.month_on) between staff.valid_from and staff.valid_to
