-- One row per fortnight: settled claims counted straight from fct_claim against the Spark mart's totals.
create table if not exists mart_claim_reconciliation_fortnight (
    fortnight_start_on      date not null,
    source_settled_claims   bigint not null,
    source_approved_amount  decimal(18,2) not null,
    mart_settled_claims     bigint not null,
    mart_approved_amount    decimal(18,2) not null,
    settled_claims_difference bigint not null,
    approved_amount_difference decimal(18,2) not null
);
