-- materialized_view/quoting_create: a materialized view, its indexes and its comment are created under names needing quotes, in a schema with a capital letter
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
