-- default_privilege/dropped_schema_with_default_privileges: a schema with IN SCHEMA default privileges (for postgres and FOR ROLE dp_owner) is dropped
create table accounts (id integer primary key, name text not null);
