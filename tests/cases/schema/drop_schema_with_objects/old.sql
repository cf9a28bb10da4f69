-- schema/drop_schema_with_objects: a schema with a table, enum, sequence, index and view in it goes away entirely
create schema app;
create type app.status as enum ('new', 'done');
create sequence app.ticket_no;
create table app.items (
    id bigint primary key,
    status app.status not null default 'new',
    ticket bigint default nextval('app.ticket_no')
);
create index items_status_idx on app.items (status);
create view app.open_items as select id, ticket from app.items where status = 'new';
insert into app.items (id) values (1), (2);
create table public.stays (id integer);
