-- function/sql_body_return: a string-bodied SQL function switches to a RETURN expression body, another the other way
create function twice(x integer) returns integer language sql immutable as $$ select x * 2 $$;
create function thrice(x integer) returns integer language sql immutable return x * 3;
