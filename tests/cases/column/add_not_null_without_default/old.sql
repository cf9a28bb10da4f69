-- column/add_not_null_without_default: a NOT NULL column without default is added to an empty table
create table t (id integer primary key);
