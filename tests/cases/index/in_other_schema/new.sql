-- index/in_other_schema: indexes on a table in another schema, with names also used in public
create schema app;
create table app.t (a integer);
create table public.t (a integer);
create index t_a_idx on public.t (a);
create index t_a_idx on app.t (a desc);
