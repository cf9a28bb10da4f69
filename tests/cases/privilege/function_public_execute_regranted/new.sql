-- privilege/function_public_execute_regranted: EXECUTE revoked from PUBLIC and granted back gives PostgreSQL's default in another item order: nothing to do
create function add_tax(amount numeric) returns numeric language sql immutable as $$ select amount * 1.2 $$;
