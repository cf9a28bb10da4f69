-- schema/create_schema_and_fk_into_it: a new schema with a referenced table, and an existing public table gains a foreign key into it
create table public.addresses (id integer primary key, country char(2));
