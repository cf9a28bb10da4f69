-- function/rename_and_change_body: a function is renamed and its body changes in the same plan
create function old_name(x integer) returns integer language sql immutable as $$ select x + 1 $$;
