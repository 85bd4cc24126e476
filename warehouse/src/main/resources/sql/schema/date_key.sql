-- The integer key of a day in dim_date (20240115 for 15 January 2024), from a date or a timestamp; arithmetic, not
-- strftime: formatting text for every fact row cost a tenth of a second per million rows.
create or replace macro date_key(d) as cast(year(d) * 10000 + month(d) * 100 + day(d) as integer)
