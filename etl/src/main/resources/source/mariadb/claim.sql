-- One row per damage or accident claim (事故理赔).
create table claim (
    id                       bigint primary key,
    claim_no                 varchar(64),
    order_id                 bigint,
    outlet_id                bigint,
    kind                     varchar(64),
    reported_at              datetime,
    estimated_loss           decimal(14,2),
    claimed_amount           decimal(14,2),
    approved_amount          decimal(14,2),
    staff_liability_amount   decimal(14,2),
    insurer_recovery         decimal(14,2),
    approver_role            varchar(64),
    status                   varchar(64),
    settled_at               datetime,
    customer_satisfaction    int,
    updated_at               datetime not null
)
