-- table_option/options_in_created_schema: a table in a schema the file creates gets storage parameters and replica identity FULL
create schema app;
create table app.sessions (id uuid primary key, data text)
    with (autovacuum_vacuum_scale_factor = 0.01, fillfactor = 80, toast.autovacuum_enabled = false);
alter table app.sessions replica identity full;
