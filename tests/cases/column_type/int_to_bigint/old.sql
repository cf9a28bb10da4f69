-- column_type/int_to_bigint: integer becomes bigint on a table with rows
create table t (id integer primary key, n integer);
insert into t values (1, 2147483647), (2, -5);
