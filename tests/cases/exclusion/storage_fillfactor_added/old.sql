-- exclusion/storage_fillfactor_added: an exclusion constraint without storage parameters gets fillfactor 80 on its index, in place
create table products (id integer primary key, sku text not null, constraint products_sku_excl exclude using btree (sku with =));
insert into products values (1, 's1'), (2, 's2');
