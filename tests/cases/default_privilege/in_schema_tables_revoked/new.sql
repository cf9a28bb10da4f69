-- default_privilege/in_schema_tables_revoked: IN SCHEMA sales: default SELECT, INSERT, UPDATE, DELETE on tables for a role are revoked
create schema sales;
create table sales.orders (id integer primary key, total numeric(10,2));
