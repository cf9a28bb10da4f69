-- column_type/numeric_precision_decrease: numeric(12,2) becomes numeric(8,2); the rows fit
create table t (id integer primary key, price numeric(8, 2));
