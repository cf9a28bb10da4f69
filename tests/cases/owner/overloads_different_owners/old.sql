-- owner/overloads_different_owners: two overloads of a function, both owned by postgres, are given to two different roles
create function label(v integer) returns text language sql immutable as $$ select 'n' || v $$;
create function label(v text) returns text language sql immutable as $$ select 't' || v $$;
