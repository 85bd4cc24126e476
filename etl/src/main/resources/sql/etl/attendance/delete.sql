-- Removes the previous version of every attendance day this run loads again.
delete from fct_attendance
using loadable_attendance days
where fct_attendance.staff_id = days.staff_id and fct_attendance.work_date = days.work_date
