-- default_privilege/global_tables_revoked: a global default SELECT on tables is revoked, the entry goes away
create table accounts (id integer primary key, name text not null);
alter default privileges grant select on tables to dp_reader;
