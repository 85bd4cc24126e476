-- One row per booked service order; amount = quantity x unit_price - discount.
create table service_order (
    id                       bigint primary key,
    order_no                 varchar(64),
    customer_id              bigint,
    outlet_id                bigint,
    product_id               bigint,
    staff_id                 bigint,
    channel                  varchar(64),
    booked_at                timestamp,
    scheduled_start          timestamp,
    hours                    numeric(10,2),
    quantity                 numeric(10,2),
    unit_price               numeric(14,2),
    discount                 numeric(14,2),
    amount                   numeric(14,2),
    status                   varchar(64),
    completed_at             timestamp,
    cancelled_at             timestamp,
    cancellation_fee         numeric(14,2),
    satisfaction             integer,
    rework_count             integer,
    updated_at               timestamp not null
)
