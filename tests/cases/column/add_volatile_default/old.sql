-- column/add_volatile_default: a column whose default is volatile is added to a table with rows (rewrite)
create table t (id integer primary key);
insert into t values (1), (2);
