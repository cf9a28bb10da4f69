-- a domain's comment changes
create domain sku as varchar(20);
comment on domain sku is 'stock keeping unit';
