-- function/other_schema: a function in a new schema shares its name with a public one
create function slugify(s text) returns text language sql immutable as $$ select lower(s) $$;
