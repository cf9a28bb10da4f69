-- procedure/set_params: a procedure's SET parameters are added, changed and reset
create table items (id integer primary key, qty integer);
create procedure a_proc() language sql set search_path = public, pg_temp set work_mem = '32MB' as $$ delete from items where qty = 0 $$;
create procedure b_proc() language sql set lock_timeout = '5s' as $$ update items set qty = 0 where qty < 0 $$;
