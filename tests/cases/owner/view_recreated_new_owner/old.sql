-- owner/view_recreated_new_owner: a view loses a column (so it is dropped and created again) and is given to a role
create table products (id integer primary key, name text not null, price numeric not null);
create view product_list as select id, name, price from products;
