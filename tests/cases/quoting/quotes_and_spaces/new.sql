-- quoting/quotes_and_spaces: a table with double quotes and spaces in its name gains a quoted column and index
create table "Order ""Items"" 2024" ("Line No" integer primary key, "Unit Price" numeric(10, 2), "Qty ""x""" integer);
create index "Order ""Items"" idx" on "Order ""Items"" 2024" ("Qty ""x""");
