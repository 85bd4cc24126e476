-- One row per version of a staff member (type 2): a transfer, a new position or a leaving opens a new version.
-- The code is each staff member's own: kept uncompressed (see docs/warehouse.md, "Storage").
create table if not exists dim_staff (
    staff_key           bigint not null,    -- this version
    staff_id            bigint not null,    -- the source id, the same for every version
    staff_code          varchar using compression uncompressed not null,
    staff_name          varchar not null,
    gender              varchar,
    birth_date          date,
    position            varchar not null,   -- service_worker, outlet_admin, customer_service, claims_specialist, …
    grade               varchar not null,   -- staff, supervisor, manager
    outlet_key          bigint not null,
    hired_on            date not null,
    probation_end_on    date,
    left_on             date,               -- the last working day; null while employed
    leave_reason        varchar,
    monthly_base_wage   decimal(14,2),
    hourly_rate         decimal(14,2),
    valid_from          date not null,
    valid_to            date not null,      -- inclusive; 9999-12-31 while current
    is_current          boolean not null,
    row_hash            ubigint not null,
    source_updated_at   timestamp not null,
    load_run_id         bigint not null
);
