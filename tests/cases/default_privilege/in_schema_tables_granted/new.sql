-- default_privilege/in_schema_tables_granted: IN SCHEMA sales: a role gets SELECT by default on tables created in that schema only
create schema sales;
create table sales.orders (id integer primary key, total numeric(10,2));
alter default privileges in schema sales grant select on tables to dp_reader;
