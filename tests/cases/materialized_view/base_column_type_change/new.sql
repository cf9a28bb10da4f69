-- materialized_view/base_column_type_change: the type of a column a materialized view reads changes (integer to bigint); the view is rebuilt around the ALTER COLUMN TYPE
create table sales (id integer primary key, region text not null, qty bigint not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view region_qty as select region, qty, id from sales where qty > 5;
create index region_qty_qty_idx on region_qty (qty);
