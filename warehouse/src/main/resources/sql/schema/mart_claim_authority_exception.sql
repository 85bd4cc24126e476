-- One row per settled claim whose approver ranks below the tier its amounts require, in the fortnight it was settled.
create table if not exists mart_claim_authority_exception (
    fortnight_start_on  date not null,
    business_unit_code  varchar not null,
    outlet_code         varchar not null,
    outlet_name         varchar not null,
    claim_no            varchar not null,
    estimated_loss      decimal(14,2) not null,
    claimed_amount      decimal(14,2) not null,
    approved_amount     decimal(14,2) not null,
    approver_role       varchar not null,
    required_tier       varchar not null
);
