-- view/in_other_schema: a view in schema reports reads a public table
create table t (id integer primary key, qty integer);
create schema reports;
create view reports.big as select id from public.t where qty > 100;
