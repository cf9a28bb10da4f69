-- table/create_zero_column_table: a table without any column
create table nothing ();
