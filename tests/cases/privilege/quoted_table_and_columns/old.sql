-- privilege/quoted_table_and_columns: table-level and column-level grants on a table and columns whose names need quoting
create table "Order Items" ("Item Id" integer primary key, "Unit Price" numeric(10,2), "note""s" text, plain text);
