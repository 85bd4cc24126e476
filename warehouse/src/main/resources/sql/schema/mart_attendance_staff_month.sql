-- One row per month and staff member with any attendance row in it (metrics.md "Attendance and leave", 月度出勤汇总),
-- at the outlet, position and grade of the version valid on the last day recorded in the month.
create table if not exists mart_attendance_staff_month (
    month_start_on              date not null,
    staff_id                    bigint not null,
    staff_code                  varchar not null,
    staff_name                  varchar not null,
    business_unit_code          varchar not null,
    business_unit_name_en       varchar not null,
    business_unit_name_zh       varchar not null,
    outlet_code                 varchar not null,
    outlet_name                 varchar not null,
    position                    varchar not null,
    grade                       varchar not null,
    days_recorded               bigint not null,
    days_present                bigint not null,
    personal_leave_days         bigint not null,
    sick_leave_days             bigint not null,
    absent_days                 bigint not null,
    hours                       decimal(18,2) not null,
    last_day_recorded_on        date not null,
    leaves_beyond_supervisor    bigint not null     -- leaves starting this month that need more than the supervisor
);
