-- exclusion/rename_and_storage_changed: an exclusion constraint is renamed and its index fillfactor changes in the same plan, in place
create table products (id integer primary key, sku text not null, constraint products_sku_excl exclude using btree (sku with =) with (fillfactor = 70));
insert into products values (1, 's1'), (2, 's2');
