-- dependency/drop_table_read_by_view_in_other_schema: a public table and the view in schema reports that reads it are dropped; the schema stays with another view
create schema reports;
create table t (id integer);
create table keep (id integer);
create view reports.v as select id from public.t;
create view reports.w as select id from public.keep;
