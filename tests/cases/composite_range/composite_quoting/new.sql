-- quoting: a composite type "Lat Lng" with quoted and keyword attribute names, in schema "Geo Data", is created for a new column
create schema "Geo Data";
create type "Geo Data"."Lat Lng" as ("Lat" double precision, "Lng Value" double precision, "select" text collate "C");
comment on type "Geo Data"."Lat Lng" is 'a "point"; in degrees';
comment on column "Geo Data"."Lat Lng"."Lng Value" is 'east is positive';
create table "Geo Data"."Points Of Interest" ("Id" int primary key, "Where" "Geo Data"."Lat Lng");
