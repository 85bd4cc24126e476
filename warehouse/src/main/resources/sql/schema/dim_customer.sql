-- One row per version of a customer (type 2): a change to a tracked value opens a new version from the change's day.
-- Codes and phone hashes are each customer's own: kept uncompressed (see docs/warehouse.md, "Storage").
create table if not exists dim_customer (
    customer_key        bigint not null,    -- this version
    customer_id         bigint not null,    -- the source id, the same for every version
    customer_code       varchar using compression uncompressed not null,
    kind                varchar not null,   -- household, enterprise
    customer_name       varchar not null,
    phone_hash          varchar using compression uncompressed, -- HMAC-SHA-256 under the phone key: never in clear
    phone_last4         varchar,
    city                varchar,
    district            varchar,
    registered_on       date,
    home_outlet_key     bigint,
    valid_from          date not null,
    valid_to            date not null,      -- inclusive; 9999-12-31 while current
    is_current          boolean not null,
    row_hash            ubigint not null,
    source_updated_at   timestamp not null,
    load_run_id         bigint not null
);
