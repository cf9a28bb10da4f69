-- owner/role_with_single_quote: a function is given to a role whose name contains a single quote
create function greet(who text) returns text language sql immutable as $$ select 'hello ' || who $$;
