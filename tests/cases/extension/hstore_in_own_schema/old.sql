-- extension/hstore_in_own_schema: hstore installed into a schema the plan creates, used by a new column
create table items (id integer primary key);
