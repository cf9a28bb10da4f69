-- statistics/kept_through_table_swap: two tables with statistics exchange names; the statistics follow their tables and keep what ANALYZE gathered
create table a (id integer constraint a_pkey primary key, x integer, y integer);
create table b (id integer constraint b_pkey primary key, p integer, q integer, r text);
create statistics a_xy (ndistinct) on x, y from a;
create statistics b_pq (ndistinct) on p, q from b;
insert into a select g, g % 3, g % 4 from generate_series(1, 20) g;
insert into b select g, g % 5, g % 6, 'r' from generate_series(1, 30) g;
analyze a;
analyze b;
