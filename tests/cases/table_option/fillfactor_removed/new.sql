-- table_option/fillfactor_removed: a table's fillfactor is reset to the default
create table orders (id integer primary key, status text not null);
