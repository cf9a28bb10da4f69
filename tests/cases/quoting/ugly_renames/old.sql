-- quoting/ugly_renames: a table, a column, an index and a constraint are renamed to and from ugly names
create table "old ""name""" ("a b" integer, "c;d" text, constraint "pk old" primary key ("a b"));
create index "idx 'old'" on "old ""name""" ("c;d");
insert into "old ""name""" values (1, 'x');
