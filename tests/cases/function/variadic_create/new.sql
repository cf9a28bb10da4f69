-- function/variadic_create: a function with a VARIADIC text[] argument after a plain one is created
create function join_all(sep text, variadic parts text[]) returns text language sql immutable as $$ select array_to_string(parts, sep) $$;
