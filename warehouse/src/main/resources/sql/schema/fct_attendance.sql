-- One row per staff member per working day (a daily snapshot), keyed by the source's (staff_id, work_date).
create table if not exists fct_attendance (
    staff_id            bigint not null,
    staff_key           bigint not null,    -- the staff member's version on the work day
    outlet_key          bigint not null,    -- that version's outlet
    work_date           date not null,
    work_date_key       integer not null,
    status              varchar not null,   -- present, personal_leave, sick_leave, absent
    hours               decimal(6,2) not null,
    row_hash            ubigint not null,
    source_updated_at   timestamp not null,
    load_run_id         bigint not null
);
