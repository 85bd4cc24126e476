-- One row: the schema version this warehouse file was made with.
create table if not exists warehouse_meta (
    schema_version  integer not null
);
