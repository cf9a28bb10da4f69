-- mixed/ugly_everything: ugly names across a rename, a new foreign key, an enum label and a view in one plan
create type "É ""kind""" as enum ('a', 'b''; --');
create table "Tbl; --" ("Id" integer primary key, "new ""col""" text, "k" "É ""kind""" default 'b''; --');
create table "other ""t""" ("x" integer constraint "fk; drop" references "Tbl; --" ("Id"));
create view "v ""1""" as select "Id", "new ""col""" from "Tbl; --";
