-- owner/function_owner_changed: a function is given to a role
create function add_tax(amount numeric) returns numeric language sql immutable as $$ select amount * 1.2 $$;
