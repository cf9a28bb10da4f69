-- table_option/column_storage_numeric_back_to_main: a numeric column with storage EXTENDED goes back to its type's own storage, which for numeric is MAIN (not EXTENDED)
create table payments (id integer primary key, amount numeric(12, 2) not null, note text);
