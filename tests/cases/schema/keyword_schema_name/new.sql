-- schema/keyword_schema_name: a schema named select holding a table named from, which gains a column and an index
create schema "select";
create table "select"."from" ("where" integer not null, "group" text);
create index "order" on "select"."from" ("group");
