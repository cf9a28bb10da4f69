-- schema/drop_schema_with_objects: a schema with a table, enum, sequence, index and view in it goes away entirely
create table public.stays (id integer);
