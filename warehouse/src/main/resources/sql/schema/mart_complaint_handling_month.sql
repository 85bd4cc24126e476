-- One row per month, outlet and complaint kind with any complaint received (metrics.md "Complaint handling").
-- Shares keep 12 decimals next to their counts; a share of nothing is null.
create table if not exists mart_complaint_handling_month (
    month_start_on                  date not null,
    business_unit_code              varchar not null,
    business_unit_name_en           varchar not null,
    business_unit_name_zh           varchar not null,
    outlet_code                     varchar not null,
    outlet_name                     varchar not null,
    kind                            varchar not null,   -- soft, hard
    received                        bigint not null,
    first_response_within           bigint not null,
    first_response_share            decimal(24,12),
    second_response_within          bigint not null,
    second_response_share           decimal(24,12),
    resolved                        bigint not null,
    follow_up_within                bigint not null,
    follow_up_share                 decimal(24,12),
    first_responses                 bigint not null,
    median_first_response_minutes   decimal(24,6)       -- null when nothing was answered
);
