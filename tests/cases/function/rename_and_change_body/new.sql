-- function/rename_and_change_body: a function is renamed and its body changes in the same plan
create function new_name(x integer) returns integer language sql immutable as $$ select x + 2 $$;
