-- One row per month and outlet that was open or had any amount (metrics.md "Outlet profitability").
create table if not exists mart_outlet_profit_month (
    month_start_on          date not null,
    business_unit_code      varchar not null,
    business_unit_name_en   varchar not null,
    business_unit_name_zh   varchar not null,
    outlet_code             varchar not null,
    outlet_name             varchar not null,
    revenue                 decimal(18,2) not null,
    direct_labour           decimal(18,2) not null,
    claim_cost              decimal(18,2) not null,
    outlet_expenses         decimal(18,2) not null,
    admin_payroll           decimal(18,2) not null,
    head_office_allocation  decimal(24,6) not null,
    profit                  decimal(24,6) not null,
    margin                  decimal(24,12),     -- null when there is no revenue
    loss                    boolean not null,
    daily_revenue_target    decimal(24,6),      -- null when the month and the two before had no revenue
    actual_daily_revenue    decimal(24,6) not null
);
