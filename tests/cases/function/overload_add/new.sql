-- function/overload_add: a second overload of an existing function name is added
create function describe(v integer) returns text language sql immutable as $$ select 'int ' || v $$;
create function describe(v text) returns text language sql immutable as $$ select 'text ' || v $$;
