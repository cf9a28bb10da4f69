-- default_privilege/in_schema_tables_revoked: IN SCHEMA sales: default SELECT, INSERT, UPDATE, DELETE on tables for a role are revoked
create schema sales;
create table sales.orders (id integer primary key, total numeric(10,2));
alter default privileges in schema sales grant select, insert, update, delete on tables to dp_writer;
