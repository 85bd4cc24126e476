-- One row per staff member, employed or gone.
create table staff (
    id                       bigint primary key,
    code                     varchar(64),
    name                     varchar(200),
    gender                   varchar(64),
    birth_date               date,
    position                 varchar(64),
    grade                    varchar(64),
    outlet_id                bigint,
    hired_on                 date,
    probation_end            date,
    left_on                  date,
    leave_reason             varchar(64),
    monthly_base_wage        numeric(14,2),
    hourly_rate              numeric(14,2),
    updated_at               timestamp not null
)
