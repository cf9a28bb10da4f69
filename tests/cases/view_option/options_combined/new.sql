-- view_option/options_combined: a view without options gets security_barrier, security_invoker and a cascaded check option at once
create table products (id integer primary key, name text not null, price numeric(10, 2) not null);
create view cheap_products with (security_barrier = true, security_invoker = true, check_option = cascaded) as
    select id, name, price from products where price < 10;
