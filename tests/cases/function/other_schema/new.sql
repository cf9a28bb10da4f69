-- function/other_schema: a function in a new schema shares its name with a public one
create function slugify(s text) returns text language sql immutable as $$ select lower(s) $$;
create schema util;
create function util.slugify(s text) returns text language sql immutable as $$ select regexp_replace(lower(s), '[^a-z0-9]+', '-', 'g') $$;
