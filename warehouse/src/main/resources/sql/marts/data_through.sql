-- The last whole day of data: the day before the newest completed load began, and never today or later (? is
-- yesterday, also the answer when nothing was loaded). A period ending after it has not ended as far as the data go.
select least(cast(? as date), coalesce(cast(max(started_at) as date) - 1, cast(? as date)))
from etl_run
where status = 'completed'
