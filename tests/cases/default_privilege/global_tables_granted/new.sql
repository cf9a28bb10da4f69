-- default_privilege/global_tables_granted: a role gets SELECT by default on tables postgres creates anywhere (no IN SCHEMA)
create table accounts (id integer primary key, name text not null);
alter default privileges grant select on tables to dp_reader;
