-- column_type/varchar_length_increase: varchar(20) becomes varchar(50) (no rewrite)
create table t (id integer primary key, name varchar(20));
insert into t values (1, 'abc');
