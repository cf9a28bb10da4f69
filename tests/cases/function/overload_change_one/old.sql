-- function/overload_change_one: of three overloads only the two-argument one changes body
create function describe(v integer) returns text language sql immutable as $$ select 'int ' || v $$;
create function describe(v text) returns text language sql immutable as $$ select 'text ' || v $$;
create function describe(a integer, b integer) returns text language sql immutable as $$ select a || ',' || b $$;
