-- rename/swap_tables: two tables exchange names (needs a temporary name)
create table x (id integer constraint x_pkey primary key, xs text);
create table y (id integer constraint y_pkey primary key, ys integer);
insert into x values (1, 'x');
insert into y values (1, 1), (2, 2);
