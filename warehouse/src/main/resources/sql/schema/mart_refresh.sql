-- One row per mart and period range recomputed: when, from data loaded up to which run, and up to which day.
create table if not exists mart_refresh (
    mart_name       varchar not null,
    period_from_on  date not null,
    period_to_on    date not null,
    refreshed_at    timestamp not null,
    newest_source_updated_at timestamp,
    data_through_on date                -- the last whole day of data: a period ending after it was a draft
);
