-- materialized_view/base_column_type_change_unread_kept: a column a materialized view does not read is widened (varchar(20) to varchar(50)); the view is kept, not rebuilt
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null, code varchar(20));
insert into sales values (1, 'north', 10, 'a'), (2, 'north', 5, 'b'), (3, 'south', 7, null);
create materialized view region_totals as select region, sum(amount) as total from sales group by region;
