-- dependency/new_enum_column_on_existing_table: an existing table gains a column typed by a new enum, with a default
create table t (id integer primary key);
insert into t values (1);
