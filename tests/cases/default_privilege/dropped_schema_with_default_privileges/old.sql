-- default_privilege/dropped_schema_with_default_privileges: a schema with IN SCHEMA default privileges (for postgres and FOR ROLE dp_owner) is dropped
create table accounts (id integer primary key, name text not null);
create schema billing;
alter default privileges in schema billing grant select on tables to dp_reader;
alter default privileges for role dp_owner in schema billing grant usage on types to dp_reader;
