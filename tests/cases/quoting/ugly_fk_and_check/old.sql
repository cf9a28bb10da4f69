-- quoting/ugly_fk_and_check: a foreign key and a check between ugly-named tables and columns, with ugly constraint names
create table "Parent Table" ("P Id" integer primary key);
create table "child""s" ("C Id" integer, "parent ref" integer);
