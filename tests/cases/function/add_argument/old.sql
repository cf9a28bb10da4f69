-- function/add_argument: a function gains a second argument (a new signature; the old one goes)
create function greet(name text) returns text language sql immutable as $$ select 'hello ' || name $$;
