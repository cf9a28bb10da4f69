-- a domain gets a comment
create domain sku as varchar(20);
create table items (id int primary key, code sku);
comment on domain sku is 'stock keeping unit, as printed on the label';
