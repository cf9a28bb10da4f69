-- mixed/rename_type_and_view: a table and a column are renamed, the column changes type, and a view over it is recreated
create table orders (id integer constraint sales_pkey primary key, amount numeric(12, 2));
create view big_sales as select id, amount from orders where amount > 100;
