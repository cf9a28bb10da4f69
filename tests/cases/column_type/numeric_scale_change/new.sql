-- column_type/numeric_scale_change: numeric(10,2) becomes numeric(12,4) (rewrite, values kept)
create table t (id integer primary key, price numeric(12, 4));
