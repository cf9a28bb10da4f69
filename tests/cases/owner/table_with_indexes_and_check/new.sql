-- owner/table_with_indexes_and_check: a table with a primary key, a unique constraint, an index and a check is given to a role; its indexes follow the table
create table items (id integer primary key, sku text not null unique, price numeric not null, constraint items_price_positive check (price > 0));
create index items_price on items (price);
alter table items owner to own_app;
