-- One row per service order, updated as it moves from booked to completed or cancelled.
-- The number is every row's own: kept uncompressed (see docs/warehouse.md, "Storage").
create table if not exists fct_service_order (
    service_order_key   bigint not null,     -- the source id
    order_no            varchar using compression uncompressed not null,
    customer_id         bigint not null,
    customer_key        bigint not null,     -- the customer's version on the booking day
    outlet_key          bigint not null,
    product_key         bigint not null,
    staff_id            bigint,
    staff_key           bigint,              -- the lead worker's version on the scheduled day
    channel             varchar not null,
    booked_at           timestamp not null,
    booked_date_key     integer not null,
    scheduled_start_at  timestamp,
    hours               decimal(8,2),
    quantity            decimal(10,2) not null,
    unit_price          decimal(14,2) not null,
    discount            decimal(14,2) not null,
    amount              decimal(14,2) not null,
    status              varchar not null,
    completed_at        timestamp,
    cancelled_at        timestamp,
    cancellation_fee    decimal(14,2) not null,
    satisfaction        integer,
    rework_count        integer not null,
    row_hash                ubigint not null,   -- hash of the typed source values: unchanged rows are not rewritten
    source_updated_at   timestamp not null,
    load_run_id         bigint not null
);
