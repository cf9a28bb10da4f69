-- statistics/schema_created: a new schema is created to hold statistics on a table of public
create schema stats;
create table t (id integer primary key, a integer, b integer);
create statistics stats.t_ab (mcv) on a, b from public.t;
