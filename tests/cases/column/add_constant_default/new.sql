-- column/add_constant_default: a column with a constant default is added (no rewrite since PostgreSQL 11)
create table t (id integer primary key, score integer default 10);
