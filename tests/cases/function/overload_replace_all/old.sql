-- function/overload_replace_all: overloads (integer) and (text) are replaced by overloads (bigint) and (text, text)
create function describe(v integer) returns text language sql immutable as $$ select 'int ' || v $$;
create function describe(v text) returns text language sql immutable as $$ select 'text ' || v $$;
