-- default_privilege/global_and_in_schema_same_role: a role with a global default SELECT on tables also gets an IN SCHEMA sales entry (SELECT, INSERT) for tables
create schema sales;
create table sales.orders (id integer primary key, total numeric(10,2));
alter default privileges grant select on tables to dp_reader;
alter default privileges in schema sales grant select, insert on tables to dp_reader;
