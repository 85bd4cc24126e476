-- One row per calendar day that any fact can point at, with the periods it belongs to.
create table if not exists dim_date (
    date_key        integer primary key,   -- yyyymmdd
    date_on         date not null,
    year            integer not null,
    month_start_on  date not null,
    iso_year        integer not null,
    iso_week        integer not null,
    week_start_on   date not null,         -- the ISO week's Monday
    fortnight_start_on date not null,      -- Fortnight.containing(date_on), see CompanyPolicy.fortnightEpoch
    day_of_week     integer not null       -- 1 = Monday … 7 = Sunday
);
