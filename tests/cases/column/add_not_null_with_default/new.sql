-- column/add_not_null_with_default: a NOT NULL column with a constant default is added to a table with rows
create table t (id integer primary key, active boolean not null default true);
