-- dependency/table_replaced_by_view: a table is dropped and a view of the same name created
create table base (id integer);
create table things (id integer, name text);
