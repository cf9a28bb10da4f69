-- a composite type with an attribute of a new domain is created (the domain comes first)
create domain positive_qty as integer constraint positive_qty_check check (value > 0);
create type order_line as (sku text, qty positive_qty);
create table products (id int primary key, sample order_line);
