-- procedure/security_definer: a procedure becomes SECURITY DEFINER, another stops being so
create table items (id integer primary key, qty integer);
create procedure a_proc() language sql as $$ delete from items where qty = 0 $$;
create procedure b_proc() language sql security definer as $$ update items set qty = 0 where qty < 0 $$;
