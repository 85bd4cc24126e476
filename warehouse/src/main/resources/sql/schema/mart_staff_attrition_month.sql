-- One row per month and cut value (company all; business unit, outlet, position and tenure band codes) with any
-- headcount or event in the 12 months ending with it (metrics.md "Staff attrition"). Rates keep 12 decimals next
-- to their counts; a rate over no headcount is null.
create table if not exists mart_staff_attrition_month (
    month_start_on              date not null,
    cut                         varchar not null,   -- company, business_unit, outlet, position, tenure_band
    cut_value                   varchar not null,   -- all, or the business unit / outlet code, position, band
    cut_label_en                varchar not null,   -- the business unit's or outlet's name, else the value
    cut_label_zh                varchar not null,
    headcount_start             bigint not null,
    headcount_end               bigint not null,
    hires                       bigint not null,
    separations                 bigint not null,
    voluntary_separations       bigint not null,
    involuntary_separations     bigint not null,
    other_separations           bigint not null,
    early_separations           bigint not null,
    average_headcount           decimal(20,1) not null,
    attrition_rate              decimal(24,12),
    voluntary_rate              decimal(24,12),
    involuntary_rate            decimal(24,12),
    other_rate                  decimal(24,12),
    early_rate                  decimal(24,12),
    trailing_separations        bigint not null,
    trailing_average_headcount  decimal(24,6) not null,
    trailing_attrition_rate     decimal(24,12)
);
