-- quoting/unicode_names: non-ASCII table, column and index names
create table "Ünïcødé" ("日本語" text);
