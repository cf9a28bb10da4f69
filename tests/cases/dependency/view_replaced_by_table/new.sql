-- dependency/view_replaced_by_table: a view is dropped and a table of the same name created
create table base (id integer);
create table things (id integer, name text);
