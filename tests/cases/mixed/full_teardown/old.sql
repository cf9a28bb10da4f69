-- mixed/full_teardown: everything goes: a schema with objects, enums, sequences, tables with keys, views, extensions
create extension citext;
create schema app;
create type app.kind as enum ('a', 'b');
create sequence global_seq;
create table app.parents (id integer primary key, kind app.kind);
create table children (id integer primary key default nextval('global_seq'), parent_id integer references app.parents (id), email citext unique);
create index children_parent_idx on children (parent_id);
create view child_view as select c.id, p.kind from children c join app.parents p on p.id = c.parent_id;
comment on table children is 'kids';
