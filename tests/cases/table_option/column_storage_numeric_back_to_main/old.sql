-- table_option/column_storage_numeric_back_to_main: a numeric column with storage EXTENDED goes back to its type's own storage, which for numeric is MAIN (not EXTENDED)
create table payments (id integer primary key, amount numeric(12, 2) not null, note text);
alter table payments alter column amount set storage extended;
insert into payments values (1, 10.50, 'a'), (2, 99.99, null);
