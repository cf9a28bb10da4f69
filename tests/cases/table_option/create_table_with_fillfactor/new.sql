-- table_option/create_table_with_fillfactor: a new table is created with a fillfactor
create table ledger (id bigint primary key, amount numeric(12, 2) not null) with (fillfactor = 70);
