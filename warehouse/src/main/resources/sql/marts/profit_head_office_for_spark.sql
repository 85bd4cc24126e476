-- Head-office expenses per month: the head-office input of OutletProfitability.
select month_on, amount from fct_hq_expense
