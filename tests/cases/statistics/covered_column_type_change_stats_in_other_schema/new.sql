-- statistics/covered_column_type_change_stats_in_other_schema: a covered column goes from integer to bigint; the statistics live in another schema than the table, next to a same-named table elsewhere
create schema stats;
create schema app;
create table app.t (id integer primary key, a bigint, b integer);
create table public.t (id integer primary key, a integer, b integer);
create statistics stats.t_ab (mcv) on a, b from app.t;
alter statistics stats.t_ab set statistics 333;
create statistics public.t_ab on a, b from public.t;
alter statistics public.t_ab set statistics 444;
