-- USAGE on a domain is revoked from PUBLIC and granted to one role
create domain sku as varchar(20);
create table items (id int primary key, code sku);
