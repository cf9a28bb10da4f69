-- a domain's comment is removed
create domain sku as varchar(20);
comment on domain sku is 'stock keeping unit';
create table items (id int primary key, code sku);
