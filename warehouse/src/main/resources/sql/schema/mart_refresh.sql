-- One row per mart and period range recomputed: when, and from data loaded up to which run.
create table if not exists mart_refresh (
    mart_name       varchar not null,
    period_from_on  date not null,
    period_to_on    date not null,
    refreshed_at    timestamp not null,
    newest_source_updated_at timestamp
);
