-- Removes the previous version of every outlet this run loads again.
delete from dim_outlet
where outlet_key in (select outlet_key from loadable_outlet)
