-- schema/create_schema_with_objects: a new schema with an enum, a sequence, tables, an index and a view in it
create table public.keep (id integer primary key);
