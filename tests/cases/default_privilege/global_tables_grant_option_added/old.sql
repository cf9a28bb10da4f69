-- default_privilege/global_tables_grant_option_added: a global default SELECT on tables gains WITH GRANT OPTION, INSERT stays without it
create table accounts (id integer primary key, name text not null);
alter default privileges grant select, insert on tables to dp_writer;
