-- statistics/schema_dropped: a schema holding only statistics on a table of public is dropped with them
create schema stats;
create table t (id integer primary key, a integer, b integer);
create statistics stats.t_ab on a, b from public.t;
