-- a domain gets a comment
create domain sku as varchar(20);
create table items (id int primary key, code sku);
