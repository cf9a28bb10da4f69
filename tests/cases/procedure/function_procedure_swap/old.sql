-- procedure/function_procedure_swap: a function becomes a procedure and a procedure a function, same names and arguments
create table items (id integer primary key, qty integer);
create function a_routine(p_id integer) returns void language sql as $$ delete from items where id = p_id $$;
create procedure b_routine(p_id integer) language sql as $$ update items set qty = 0 where id = p_id $$;
