-- statistics/expression_uses_public_function: statistics are created on an expression calling a function of public (printed without its schema)
create function norm(v text) returns text language sql immutable as $$ select lower(trim(v)) $$;
create table t (id integer primary key, email text, region text);
