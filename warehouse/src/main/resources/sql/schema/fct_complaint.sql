-- One row per complaint, updated as it is answered, resolved and followed up.
-- The number is every row's own: kept uncompressed (see docs/warehouse.md, "Storage").
create table if not exists fct_complaint (
    complaint_key       bigint not null,    -- the source id
    complaint_no        varchar using compression uncompressed not null,
    customer_id         bigint not null,
    customer_key        bigint not null,    -- the customer's version on the day received
    service_order_key   bigint,
    outlet_key          bigint not null,
    kind                varchar not null,   -- soft, hard
    received_at         timestamp not null,
    received_date_key   integer not null,
    first_response_at   timestamp,
    second_response_at  timestamp,
    resolved_at         timestamp,
    follow_up_at        timestamp,
    outcome             varchar,
    row_hash            ubigint not null,
    source_updated_at   timestamp not null,
    load_run_id         bigint not null
);
