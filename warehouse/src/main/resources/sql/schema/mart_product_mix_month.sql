-- One row per month, population (all active customers, premium customers) and product category: completed orders
-- in the trailing 12 months and their amounts (fees not included), with their shares (公司客户使用服务产品比例表,
-- 公司优秀客户服务产品比例表).
create table if not exists mart_product_mix_month (
    month_start_on      date not null,
    population          varchar not null,   -- all, premium
    product_category    varchar not null,
    orders              bigint not null,
    amount              decimal(18,2) not null,
    order_share         decimal(24,12),
    amount_share        decimal(24,12)
);
