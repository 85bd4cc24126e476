-- One row per leave (a run of one staff member's rows of one leave status), in the month of its first day, with who
-- must approve it by the grade of the version valid on its first day.
create table if not exists mart_attendance_leave (
    month_start_on      date not null,
    staff_id            bigint not null,
    staff_code          varchar not null,
    staff_name          varchar not null,
    business_unit_code  varchar not null,
    outlet_code         varchar not null,
    outlet_name         varchar not null,
    grade               varchar not null,   -- on the first day
    kind                varchar not null,   -- personal_leave, sick_leave
    first_day_on        date not null,
    last_day_on         date not null,
    days                bigint not null,    -- rows in the run, also past the month's end
    approver            varchar not null    -- supervisor, division_manager, general_manager
);
