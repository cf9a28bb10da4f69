-- view_option/create_view_with_options: a new view is created with security_barrier and a local check option
create table products (id integer primary key, name text not null, price numeric(10, 2) not null);
create view cheap_products with (security_barrier = true) as
    select id, name, price from products where price < 10
    with local check option;
