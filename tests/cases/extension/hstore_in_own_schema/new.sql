-- extension/hstore_in_own_schema: hstore installed into a schema the plan creates, used by a new column
create schema ext;
create extension hstore with schema ext;
create table items (id integer primary key, attrs ext.hstore);
