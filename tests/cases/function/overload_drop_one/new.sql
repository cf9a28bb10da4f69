-- function/overload_drop_one: of two overloads, the integer one is dropped and the text one stays
create function describe(v text) returns text language sql immutable as $$ select 'text ' || v $$;
