-- default_privilege/global_tables_privileges_changed: a global default on tables changes from SELECT to SELECT, INSERT for the same role
create table accounts (id integer primary key, name text not null);
alter default privileges grant select on tables to dp_app;
