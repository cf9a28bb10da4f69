-- function/drop_schema_with_function: a schema holding a function and a table is dropped
create schema util;
create function util.slugify(s text) returns text language sql immutable as $$ select lower(s) $$;
create table util.t (id integer);
create table keep (id integer);
