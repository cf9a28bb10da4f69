-- materialized_view/drop_with_dependent_view: a materialized view and a view reading it are both dropped; the base table keeps its rows
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
