-- function/chain_default_view_create: a function, a table whose default calls it and a view on the table are all created
create function a_next() returns integer language sql volatile as $$ select 1 $$;
create table b_items (id integer primary key, n integer default a_next());
create view a_items as select id, n from b_items;
