-- One row per report period and recipient: the e-mail that carries it, sent once (never again by a retry or a
-- restart; one found 'sending' after a crash is left for the operator rather than sent twice).
create table if not exists report_delivery (
    report_name     varchar not null,
    period_kind     varchar not null,
    period_start_on date not null,
    recipient_id    varchar not null,
    status          varchar not null,   -- sending, sent, failed (retried later), given_up
    attempts        integer not null,
    last_attempt_at timestamp not null,
    next_attempt_at timestamp,          -- a failed delivery's next try
    message         varchar,            -- why it failed
    sent_at         timestamp
);
