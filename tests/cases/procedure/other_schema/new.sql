-- procedure/other_schema: a procedure in a new schema reads a table in public
create table items (id integer primary key, qty integer);
create schema jobs;
create procedure jobs.cleanup(keep integer default 10) language sql as $$ delete from public.items where qty < keep $$;
