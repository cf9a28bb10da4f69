-- enum/enum_in_other_schema: an enum in schema app is used by a public table, and gains a label
create schema app;
create type app.level as enum ('low', 'high');
create table public.alerts (id integer, level app.level);
insert into public.alerts values (1, 'low');
