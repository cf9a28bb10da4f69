-- dependency/new_enum_column_on_existing_table: an existing table gains a column typed by a new enum, with a default
create type tier as enum ('free', 'pro');
create table t (id integer primary key, tier tier not null default 'free');
