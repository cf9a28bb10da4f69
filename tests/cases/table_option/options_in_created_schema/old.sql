-- table_option/options_in_created_schema: a table in a schema the file creates gets storage parameters and replica identity FULL
create schema app;
create table app.sessions (id uuid primary key, data text);
