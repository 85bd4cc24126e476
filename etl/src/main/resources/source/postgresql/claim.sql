-- One row per damage or accident claim (事故理赔).
create table claim (
    id                       bigint primary key,
    claim_no                 varchar(64),
    order_id                 bigint,
    outlet_id                bigint,
    kind                     varchar(64),
    reported_at              timestamp,
    estimated_loss           numeric(14,2),
    claimed_amount           numeric(14,2),
    approved_amount          numeric(14,2),
    staff_liability_amount   numeric(14,2),
    insurer_recovery         numeric(14,2),
    approver_role            varchar(64),
    status                   varchar(64),
    settled_at               timestamp,
    customer_satisfaction    integer,
    updated_at               timestamp not null
)
