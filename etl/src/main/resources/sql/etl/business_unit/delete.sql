-- Removes the previous version of every business unit this run loads again.
delete from dim_business_unit
where business_unit_key in (select business_unit_key from loadable_business_unit)
