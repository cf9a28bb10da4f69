-- view/join_two_tables: a new view joining two tables, with an aggregate
create table customers (id integer primary key, name text);
create table orders (id integer primary key, customer_id integer references customers (id), total numeric(10, 2));
create view customer_totals as
    select c.id, c.name, coalesce(sum(o.total), 0) as total
    from customers c left join orders o on o.customer_id = c.id
    group by c.id, c.name;
