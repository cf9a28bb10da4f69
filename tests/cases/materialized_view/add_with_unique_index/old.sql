-- a new materialized view with a unique index over a table with rows
create table orders (id int primary key, customer text not null, total numeric(10,2) not null);
insert into orders values (1, 'a', 10), (2, 'a', 5), (3, 'b', 7);
