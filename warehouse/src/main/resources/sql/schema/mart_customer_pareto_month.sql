-- One row per month: the active customers, the top fifth by revenue and the share of revenue it holds.
create table if not exists mart_customer_pareto_month (
    month_start_on      date not null,
    active_customers    bigint not null,
    top_fifth_customers bigint not null,
    revenue             decimal(18,2) not null,
    top_fifth_revenue   decimal(18,2) not null,
    top_fifth_share     decimal(24,12)
);
