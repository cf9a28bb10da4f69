-- quoting/builtin_type_names: a table named integer with a column named text, and an enum named like a built-in type
create table "integer" ("text" text, "integer" integer);
create type public."varchar" as enum ('a', 'b');
create table uses_enum (v public."varchar", w varchar(5));
