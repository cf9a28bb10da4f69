-- function/overload_replace_all: overloads (integer) and (text) are replaced by overloads (bigint) and (text, text)
create function describe(v bigint) returns text language sql immutable as $$ select 'big ' || v $$;
create function describe(a text, b text) returns text language sql immutable as $$ select a || b $$;
