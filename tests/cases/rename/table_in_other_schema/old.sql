-- rename/table_in_other_schema: a table in schema app is renamed and a column of it too
create schema app;
create table app.t1 (id integer constraint t1_pkey primary key, v text);
insert into app.t1 values (1, 'x');
