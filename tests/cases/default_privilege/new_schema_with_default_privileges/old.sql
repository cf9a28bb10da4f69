-- default_privilege/new_schema_with_default_privileges: a schema that only new.sql creates comes with IN SCHEMA default privileges on its tables and sequences
create table accounts (id integer primary key, name text not null);
