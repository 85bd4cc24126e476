-- One row per month and customer active in its trailing 12 months (metrics.md "Customer segmentation"), as of the
-- month's last day. Lapsed customers are counted in mart_customer_segment_summary_month.
create table if not exists mart_customer_segment_month (
    month_start_on      date not null,
    customer_id         bigint not null,
    customer_code       varchar not null,
    kind                varchar not null,   -- household, enterprise
    segment             varchar not null,   -- key_account, premium, loyal, long_term, at_risk, regular
    first_order_on      date not null,
    revenue             decimal(18,2) not null,
    orders              bigint not null,
    order_months        bigint not null,
    last_order_on       date not null,
    recency_days        integer not null,
    pareto_rank         integer not null,
    top_fifth           boolean not null,
    key_account         boolean not null,
    premium             boolean not null,
    loyal               boolean not null,
    long_term           boolean not null,
    at_risk             boolean not null,
    watch               boolean not null,
    r_score             integer not null,   -- NTILE(5) from worst to best: 5 is best
    f_score             integer not null,
    m_score             integer not null
);
