-- column_type/int_array_to_bigint_array: integer[] becomes bigint[]
create table t (id integer primary key, ids integer[]);
insert into t values (1, '{1,2,3}');
