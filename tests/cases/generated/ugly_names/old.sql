-- generated/ugly_names: a generated column with a quoted name reads columns with quoted names
create table "Order Line" ("Qty" integer, "Unit Price" numeric(10, 2));
insert into "Order Line" values (2, 3.50);
