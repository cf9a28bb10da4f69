-- materialized_view/create_complex_query: a materialized view with a CTE, a window function, a UNION, DISTINCT, casts and ORDER BY is created
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
