-- quoting/ugly_schema_everything: a schema with an injection-looking name holding an enum, a sequence, a table, an index and a view
create schema "x""; drop schema public; --";
create type "x""; drop schema public; --"."Mood ""type""" as enum ('it''s', 'ok');
create sequence "x""; drop schema public; --"."seq ""1""";
create table "x""; drop schema public; --"."T ""1""" (
    id bigint default nextval('"x""; drop schema public; --"."seq ""1"""') primary key,
    mood "x""; drop schema public; --"."Mood ""type""" default 'it''s');
create index "I ""1""" on "x""; drop schema public; --"."T ""1""" (mood);
create view "x""; drop schema public; --"."V ""1""" as select id from "x""; drop schema public; --"."T ""1""";
