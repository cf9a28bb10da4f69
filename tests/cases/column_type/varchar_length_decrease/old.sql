-- column_type/varchar_length_decrease: varchar(50) becomes varchar(10); every row fits
create table t (id integer primary key, name varchar(50));
insert into t values (1, 'abc'), (2, '0123456789');
