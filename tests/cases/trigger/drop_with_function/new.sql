-- trigger/drop_with_function: a trigger and its function are dropped
create table t (id integer primary key, updated_at timestamptz);
