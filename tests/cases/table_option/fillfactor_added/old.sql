-- table_option/fillfactor_added: a fillfactor is set on an existing table
create table orders (id integer primary key, status text not null);
