-- mixed/rename_type_and_view: a table and a column are renamed, the column changes type, and a view over it is recreated
create table sales (id integer primary key, amt integer);
create view big_sales as select id, amt from sales where amt > 100;
insert into sales values (1, 150), (2, 50);
