-- dependency/table_replaced_by_view: a table is dropped and a view of the same name created
create table base (id integer);
create view things as select id from base;
