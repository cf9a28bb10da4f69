-- default_privilege/schemas_usage_create_granted: ON SCHEMAS (global only): new schemas will grant USAGE to one role and USAGE, CREATE to another
create table accounts (id integer primary key, name text not null);
alter default privileges grant usage on schemas to dp_reader;
alter default privileges grant usage, create on schemas to dp_app;
