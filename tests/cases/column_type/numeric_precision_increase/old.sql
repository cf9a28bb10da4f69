-- column_type/numeric_precision_increase: numeric(10,2) becomes numeric(12,2) (same scale: no rewrite)
create table t (id integer primary key, price numeric(10, 2));
insert into t values (1, 12345678.90);
