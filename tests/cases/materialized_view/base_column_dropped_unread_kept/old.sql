-- materialized_view/base_column_dropped_unread_kept: a column a materialized view does not read is dropped from its table; the view is kept, not rebuilt
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null, note text);
insert into sales values (1, 'north', 10, 'x'), (2, 'north', 5, null), (3, 'south', 7, 'y');
create materialized view region_totals as select region, sum(amount) as total from sales group by region;
create unique index region_totals_region_key on region_totals (region);
