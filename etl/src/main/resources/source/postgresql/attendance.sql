-- One row per staff member per working day.
create table attendance (
    staff_id                 bigint not null,
    work_date                date not null,
    status                   varchar(64),
    hours                    numeric(10,2),
    updated_at               timestamp not null,
    primary key (staff_id, work_date)
)
