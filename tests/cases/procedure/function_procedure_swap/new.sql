-- procedure/function_procedure_swap: a function becomes a procedure and a procedure a function, same names and arguments
create table items (id integer primary key, qty integer);
create procedure a_routine(p_id integer) language sql as $$ delete from items where id = p_id $$;
create function b_routine(p_id integer) returns void language sql as $$ update items set qty = 0 where id = p_id $$;
