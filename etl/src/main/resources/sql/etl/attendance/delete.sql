-- Removes the previous version of every attendance day this run loads again.
delete from fct_attendance
using typed_attendance days
where days.reject_reason is null and fct_attendance.staff_id = days.staff_id and fct_attendance.work_date = days.work_date
