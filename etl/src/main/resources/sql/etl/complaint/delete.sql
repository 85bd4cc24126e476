-- Removes the previous version of every complaint this run loads again.
delete from fct_complaint
where complaint_key in (select complaint_key from loadable_complaint)
