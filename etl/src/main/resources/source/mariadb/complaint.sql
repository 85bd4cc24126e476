-- One row per customer complaint.
create table complaint (
    id                       bigint primary key,
    complaint_no             varchar(64),
    customer_id              bigint,
    order_id                 bigint,
    outlet_id                bigint,
    kind                     varchar(64),
    received_at              datetime,
    first_response_at        datetime,
    second_response_at       datetime,
    resolved_at              datetime,
    follow_up_at             datetime,
    outcome                  varchar(2000),
    updated_at               datetime not null
)
