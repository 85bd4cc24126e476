-- One row per ISO week (by its Monday) and outlet that was open or had any amount (metrics.md "Outlet
-- profitability"). Prorated and allocated amounts keep six decimals; shown, they round half up to the cent.
create table if not exists mart_outlet_profit_week (
    week_start_on           date not null,
    business_unit_code      varchar not null,
    business_unit_name_en   varchar not null,
    business_unit_name_zh   varchar not null,
    outlet_code             varchar not null,
    outlet_name             varchar not null,
    revenue                 decimal(18,2) not null,
    direct_labour           decimal(18,2) not null,
    claim_cost              decimal(18,2) not null,
    outlet_expenses         decimal(24,6) not null,
    admin_payroll           decimal(24,6) not null,
    head_office_allocation  decimal(24,6) not null,
    profit                  decimal(24,6) not null,
    margin                  decimal(24,12),     -- null when there is no revenue
    loss                    boolean not null,
    review                  boolean not null    -- a loss this week and the week before
);
