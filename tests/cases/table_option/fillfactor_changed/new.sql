-- table_option/fillfactor_changed: a table's fillfactor changes from 70 to 90
create table orders (id integer primary key, status text not null) with (fillfactor = 90);
