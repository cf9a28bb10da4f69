-- mixed/multi_schema_rework: schema legacy is dropped, schema core is created, public tables change around them
create schema legacy;
create table legacy.codes (code text primary key);
create table public.items (id integer primary key, code text references legacy.codes (code));
