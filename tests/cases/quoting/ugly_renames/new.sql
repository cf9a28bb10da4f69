-- quoting/ugly_renames: a table, a column, an index and a constraint are renamed to and from ugly names
create table "new name; --" ("c""d" integer, "c;d" text, constraint "pk ""new""" primary key ("c""d"));
create index "idx 'new' ✓" on "new name; --" ("c;d");
