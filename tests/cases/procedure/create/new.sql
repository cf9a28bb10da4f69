-- procedure/create: a new SQL procedure inserting into an existing table
create table items (id integer primary key, qty integer);
create procedure add_item(p_id integer, p_qty integer) language sql as $$ insert into items values (p_id, p_qty) $$;
