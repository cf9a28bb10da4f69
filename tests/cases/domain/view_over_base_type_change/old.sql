-- a view reads a column of a domain whose base type changes integer -> bigint
create domain cents as integer constraint cents_non_negative check (value >= 0);
create table orders (id int primary key, total cents not null);
create view order_totals as select id, total, total * 2 as doubled from orders;
insert into orders values (1, 150), (2, 250);
