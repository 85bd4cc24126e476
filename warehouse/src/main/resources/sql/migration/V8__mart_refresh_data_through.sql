-- Schema 8: each mart refresh notes the last whole day of data it was computed from, so that a period computed
-- before it ended (a draft) is told apart from a complete one. Refreshes made before this version get the day
-- before the newest load that had completed when they ran (the day before the refresh itself if none had).
alter table mart_refresh add column if not exists data_through_on date;

update mart_refresh as r set data_through_on = least(cast(r.refreshed_at as date) - 1,
    coalesce((select cast(max(l.started_at) as date) - 1 from etl_run as l
              where l.status = 'completed' and l.started_at <= r.refreshed_at), cast(r.refreshed_at as date) - 1))
where r.data_through_on is null;
