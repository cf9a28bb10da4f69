-- default_privilege/global_tables_grant_option_removed: a global default SELECT on tables loses WITH GRANT OPTION but stays granted
create table accounts (id integer primary key, name text not null);
alter default privileges grant select on tables to dp_reader;
