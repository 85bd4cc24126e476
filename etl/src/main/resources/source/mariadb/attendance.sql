-- One row per staff member per working day.
create table attendance (
    staff_id                 bigint not null,
    work_date                date not null,
    status                   varchar(64),
    hours                    decimal(10,2),
    updated_at               datetime not null,
    primary key (staff_id, work_date)
)
