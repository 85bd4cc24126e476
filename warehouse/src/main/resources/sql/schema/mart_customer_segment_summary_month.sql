-- One row per month and segment: the customers in it and their revenue over the trailing 12 months; lapsed
-- customers (an order before the window, none in it) are counted here with no revenue.
create table if not exists mart_customer_segment_summary_month (
    month_start_on      date not null,
    segment             varchar not null,   -- key_account, premium, loyal, long_term, at_risk, regular, lapsed
    customers           bigint not null,
    revenue             decimal(18,2) not null
);
