-- function/set_search_path_added: a function gains a SET search_path parameter
create schema app;
create table app.items (id integer primary key);
create function item_count() returns bigint language sql stable set search_path = app, public as $$ select count(*) from app.items $$;
