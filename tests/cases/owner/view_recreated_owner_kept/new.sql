-- owner/view_recreated_owner_kept: a view owned by a role loses a column (so it is dropped and created again) and keeps its owner
create table products (id integer primary key, name text not null, price numeric not null);
create view product_list as select id, name from products;
alter view product_list owner to own_report;
