-- mixed/ugly_everything: ugly names across a rename, a new foreign key, an enum label and a view in one plan
create type "É ""kind""" as enum ('a');
create table "Tbl; --" ("Id" integer primary key, "old col" text);
create table "other ""t""" ("x" integer);
insert into "Tbl; --" values (1, 'v');
