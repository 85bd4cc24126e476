-- One row per customer complaint.
create table complaint (
    id                       bigint primary key,
    complaint_no             varchar(64),
    customer_id              bigint,
    order_id                 bigint,
    outlet_id                bigint,
    kind                     varchar(64),
    received_at              timestamp,
    first_response_at        timestamp,
    second_response_at       timestamp,
    resolved_at              timestamp,
    follow_up_at             timestamp,
    outcome                  varchar(2000),
    updated_at               timestamp not null
)
