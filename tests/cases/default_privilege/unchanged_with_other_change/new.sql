-- default_privilege/unchanged_with_other_change: global, IN SCHEMA and FOR ROLE default privileges stay as they are while a column is added
create schema sales;
create table sales.orders (id integer primary key, total numeric(10,2), note text);
alter default privileges grant select on tables to dp_reader;
alter default privileges in schema sales grant select, insert, update on tables to dp_writer;
alter default privileges for role dp_owner revoke execute on functions from public;
alter default privileges for role dp_owner in schema sales grant usage on sequences to dp_writer;
