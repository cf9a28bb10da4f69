-- privilege/function_overload_one_restricted: of two overloads of a function, only the text one loses PUBLIC's EXECUTE and is granted to a role
create function label(v integer) returns text language sql immutable as $$ select 'n' || v $$;
create function label(v text) returns text language sql immutable as $$ select 't' || v $$;
