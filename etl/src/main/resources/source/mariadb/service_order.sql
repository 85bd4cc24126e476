-- One row per booked service order; amount = quantity x unit_price - discount.
create table service_order (
    id                       bigint primary key,
    order_no                 varchar(64),
    customer_id              bigint,
    outlet_id                bigint,
    product_id               bigint,
    staff_id                 bigint,
    channel                  varchar(64),
    booked_at                datetime,
    scheduled_start          datetime,
    hours                    decimal(10,2),
    quantity                 decimal(10,2),
    unit_price               decimal(14,2),
    discount                 decimal(14,2),
    amount                   decimal(14,2),
    status                   varchar(64),
    completed_at             datetime,
    cancelled_at             datetime,
    cancellation_fee         decimal(14,2),
    satisfaction             int,
    rework_count             int,
    updated_at               datetime not null
)
