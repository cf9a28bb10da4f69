-- quoting: a composite type "Lat Lng" with quoted and keyword attribute names, in schema "Geo Data", is created for a new column
create schema "Geo Data";
create table "Geo Data"."Points Of Interest" ("Id" int primary key);
