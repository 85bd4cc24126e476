-- Removes the previous version of every attendance day this run loads again.
delete from fct_attendance
where attendance_key in (select attendance_key from typed_attendance where reject_reason is null)
