-- One row per claim, updated as it moves from reported to settled (an accumulating snapshot).
-- The number is every row's own: kept uncompressed (see docs/warehouse.md, "Storage").
create table if not exists fct_claim (
    claim_key               bigint not null,  -- the source id
    claim_no                varchar using compression uncompressed not null,
    service_order_key       bigint not null,
    outlet_key              bigint not null,
    kind                    varchar not null,
    reported_at             timestamp not null,
    reported_date_key       integer not null,
    settled_at              timestamp,        -- the decision date of a settled or rejected claim
    settled_date_key        integer,
    estimated_loss          decimal(14,2) not null,
    claimed_amount          decimal(14,2) not null,
    approved_amount         decimal(14,2) not null,
    staff_liability_amount  decimal(14,2) not null,
    insurer_recovery        decimal(14,2) not null,
    net_cost                decimal(14,2) not null,  -- approved − staff liability − insurer recovery
    approver_role           varchar,
    status                  varchar not null,
    customer_satisfaction   integer,
    row_hash                ubigint not null,   -- hash of the typed source values: unchanged rows are not rewritten
    source_updated_at       timestamp not null,
    load_run_id             bigint not null
);
