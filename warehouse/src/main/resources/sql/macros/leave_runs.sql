-- leave_runs(month_start): every attendance row of the leaves that start in a month (metrics.md "Attendance and
-- leave"), read from the loaded rows: a leave is a run of one person's rows in work_date order with the same leave
-- status, days without a row not breaking it; it starts at a leave row whose person's row before (in the month or
-- any time before it) has another status or none, and counts its rows past the month's end. Each row comes with its
-- leave's first and last day, length, the kind, and the grade and outlet of the first day's row (the staff version
-- valid that day), and who must approve it (${approver}: the policy's rule, LeavePolicy.approverSql). AttendanceSummary
-- computes the same in Spark for the marts; explanations read this, so the two are independent routes to each leave.
create or replace temp macro leave_runs(month_start) as table
with bounds as (
    select cast(month_start as date)                  as month_start_on,
           cast(last_day(cast(month_start as date)) as date) as month_end_on
),
-- each person's status on their last row before the month: whether a leave was already under way
before_month as (
    select attendance.staff_id, arg_max(attendance.status, attendance.work_date) as status
    from fct_attendance as attendance, bounds
    where attendance.work_date < bounds.month_start_on
    group by attendance.staff_id
),
from_month as (
    select attendance.staff_id,
           attendance.staff_key,
           attendance.outlet_key,
           attendance.work_date,
           attendance.status,
           attendance.load_run_id,
           -- 1 where the status differs from the row before: the first row of a run
           case when coalesce(lag(attendance.status) over by_day, before_month.status) is distinct from attendance.status
                then 1 else 0 end as starts
    from fct_attendance as attendance
    cross join bounds
    left join before_month using (staff_id)
    where attendance.work_date >= bounds.month_start_on
    window by_day as (partition by attendance.staff_id order by attendance.work_date)
),
numbered as (
    -- a running count of the starts numbers the runs: every row of one run shares its number
    select *, sum(starts) over (partition by staff_id order by work_date) as run
    from from_month
),
runs as (
    select staff_id,
           run,
           min(work_date)                   as first_day_on,
           max(work_date)                   as last_day_on,
           count(*)                         as days,
           arg_min(staff_key, work_date)    as first_staff_key,
           arg_min(outlet_key, work_date)   as first_outlet_key
    from numbered
    where status in ('personal_leave', 'sick_leave')
    group by staff_id, run
    -- a run begun before the month continues one that started then; its first row here is no start
    having arg_min(starts, work_date) = 1
),
placed as (
    select runs.*,
           numbered.status                  as kind,
           staff.staff_code,
           staff.grade,
           outlet.outlet_code,
           outlet.business_unit_code
    from runs
    join numbered on numbered.staff_id = runs.staff_id and numbered.work_date = runs.first_day_on
    join dim_staff as staff on staff.staff_key = runs.first_staff_key
    join dim_outlet as outlet on outlet.outlet_key = runs.first_outlet_key
    cross join bounds
    where runs.first_day_on between bounds.month_start_on and bounds.month_end_on
)
select numbered.staff_id,
       placed.staff_code,
       numbered.work_date,
       numbered.status,
       numbered.load_run_id,
       placed.kind,
       placed.first_day_on,
       placed.last_day_on,
       placed.days,
       placed.grade,
       placed.outlet_code,
       placed.business_unit_code,
       ${approver}                          as approver
from placed
join numbered on numbered.staff_id = placed.staff_id and numbered.run = placed.run
