-- materialized_view/create_with_toast_storage_params: a materialized view is created with a storage parameter of its TOAST table
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
