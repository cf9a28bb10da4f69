-- unique/kept_through_column_rename: a column in a unique constraint is renamed; the constraint is kept
create table t (id integer primary key, sku text, region text, constraint t_code_key unique (region, sku));
