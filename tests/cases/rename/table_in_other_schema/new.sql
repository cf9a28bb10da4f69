-- rename/table_in_other_schema: a table in schema app is renamed and a column of it too
create schema app;
create table app.things (id integer constraint t1_pkey primary key, value text);
