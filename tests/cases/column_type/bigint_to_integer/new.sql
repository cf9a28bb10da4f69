-- column_type/bigint_to_integer: bigint narrows to integer; every row fits
create table t (id integer primary key, n integer);
