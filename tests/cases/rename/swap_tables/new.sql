-- rename/swap_tables: two tables exchange names (needs a temporary name)
create table y (id integer constraint x_pkey primary key, xs text);
create table x (id integer constraint y_pkey primary key, ys integer);
