-- schema/drop_schema_referenced_by_fk: a schema is dropped while a public table that stays had a foreign key into it
create table public.addresses (id integer primary key, country char(2));
