-- mixed/multi_schema_rework: schema legacy is dropped, schema core is created, public tables change around them
create schema core;
create table core.codes (code text primary key, label text);
create table public.items (id integer primary key, code text references core.codes (code), qty integer not null default 0);
