-- Removes the versions a same-day (or backdated) correction replaced: closed before they began.
delete from dim_customer where valid_to < valid_from
