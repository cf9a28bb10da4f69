-- schema/create_schema_with_objects: a new schema with an enum, a sequence, tables, an index and a view in it
create table public.keep (id integer primary key);
create schema app;
create type app.status as enum ('new', 'done');
create sequence app.ticket_no;
create table app.items (
    id bigint primary key,
    status app.status not null default 'new',
    ticket bigint default nextval('app.ticket_no'),
    keep_id integer references public.keep (id)
);
create index items_status_idx on app.items (status);
create view app.open_items as select id, ticket from app.items where status = 'new';
