-- column/drop_column: a column with data is dropped
create table t (id integer primary key, secret text);
insert into t values (1, 'x');
