-- Claim totals per fortnight, business unit and outlet (metrics.md), in DuckDB SQL alone: the yardstick for
-- ClaimTotals and an independent second computation of the same figures. Fortnights between the variables
-- first_day and last_day (their first days); the tier by the warehouse's required_tier macro (the policy's one rule).
create or replace temp table yardstick_claim_totals as
with tiers as (
    select ['outlet', 'claims_specialist', 'department_manager', 'vice_president'] as ranked
),
claims as (
    select fct_claim.*, dim_outlet.business_unit_code, dim_outlet.outlet_code,
           cast(reported_at as date) as reported_on,
           case when status in ('settled', 'rejected') then cast(settled_at as date) end as decided_on,
           required_tier(estimated_loss, approved_amount) as required_tier
    from fct_claim
    join dim_outlet using (outlet_key)
),
fortnights as (
    select distinct fortnight_start_on as f, fortnight_start_on + 13 as f_end
    from dim_date
    where fortnight_start_on between getvariable('first_day') and getvariable('last_day')
),
events as (
    select d.fortnight_start_on as f, business_unit_code, outlet_code, 1 as reported, 0 as settled, 0 as rejected,
           0 as open_at_end, null::decimal(14,2) as amount_claimed, null::decimal(14,2) as amount_approved,
           null::decimal(14,2) as amount_staff, null::decimal(14,2) as amount_insurer,
           null::decimal(14,2) as open_loss, null as tier, false as exception
    from claims join dim_date d on d.date_on = reported_on
    union all
    select d.fortnight_start_on, business_unit_code, outlet_code, 0, (status = 'settled')::int,
           (status = 'rejected')::int, 0,
           case when status = 'settled' then claimed_amount end, case when status = 'settled' then approved_amount end,
           case when status = 'settled' then staff_liability_amount end,
           case when status = 'settled' then insurer_recovery end, null,
           case when status = 'settled' then required_tier end,
           status = 'settled' and list_position((select ranked from tiers), approver_role)
                                  < list_position((select ranked from tiers), required_tier)
    from claims join dim_date d on d.date_on = decided_on
    union all
    select f, business_unit_code, outlet_code, 0, 0, 0, 1, null, null, null, null, estimated_loss, null, false
    from claims join fortnights on reported_on <= f_end and (decided_on is null or decided_on > f_end)
)
select f as fortnight_start_on, business_unit_code, outlet_code,
       sum(reported)::bigint as claims_reported,
       sum(settled)::bigint as claims_settled,
       coalesce(sum(amount_claimed), 0)::decimal(18,2) as settled_claimed_amount,
       coalesce(sum(amount_approved), 0)::decimal(18,2) as settled_approved_amount,
       coalesce(sum(amount_staff), 0)::decimal(18,2) as settled_staff_liability_amount,
       coalesce(sum(amount_insurer), 0)::decimal(18,2) as settled_insurer_recovery,
       coalesce(sum(amount_approved - amount_staff - amount_insurer), 0)::decimal(18,2) as settled_net_cost,
       sum(rejected)::bigint as claims_rejected,
       sum(open_at_end)::bigint as claims_open_at_end,
       coalesce(sum(open_loss), 0)::decimal(18,2) as open_estimated_loss,
       count(*) filter (where tier = 'outlet') as outlet_tier_claims,
       coalesce(sum(amount_approved) filter (where tier = 'outlet'), 0)::decimal(18,2) as outlet_tier_approved_amount,
       count(*) filter (where tier = 'claims_specialist') as claims_specialist_tier_claims,
       coalesce(sum(amount_approved) filter (where tier = 'claims_specialist'), 0)::decimal(18,2)
           as claims_specialist_tier_approved_amount,
       count(*) filter (where tier = 'department_manager') as department_manager_tier_claims,
       coalesce(sum(amount_approved) filter (where tier = 'department_manager'), 0)::decimal(18,2)
           as department_manager_tier_approved_amount,
       count(*) filter (where tier = 'vice_president') as vice_president_tier_claims,
       coalesce(sum(amount_approved) filter (where tier = 'vice_president'), 0)::decimal(18,2)
           as vice_president_tier_approved_amount,
       count(*) filter (where exception) as authority_exceptions
from events
where f between getvariable('first_day') and getvariable('last_day')
group by all
