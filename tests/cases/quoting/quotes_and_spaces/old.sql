-- quoting/quotes_and_spaces: a table with double quotes and spaces in its name gains a quoted column and index
create table "Order ""Items"" 2024" ("Line No" integer primary key, "Unit Price" numeric(10, 2));
insert into "Order ""Items"" 2024" values (1, 9.99);
