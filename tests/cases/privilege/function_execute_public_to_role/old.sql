-- privilege/function_execute_public_to_role: EXECUTE on a function (PUBLIC's by default) is revoked from PUBLIC and granted to one role
create function add_tax(amount numeric) returns numeric language sql immutable as $$ select amount * 1.2 $$;
