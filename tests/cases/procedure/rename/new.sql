-- procedure/rename: a procedure is renamed (same arguments); a table it writes keeps its rows
create table items (id integer primary key, qty integer);
create procedure add_item(p_id integer, p_qty integer) language sql as $$ insert into items values (p_id, p_qty) $$;
