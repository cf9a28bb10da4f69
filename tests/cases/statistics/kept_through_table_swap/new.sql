-- statistics/kept_through_table_swap: two tables with statistics exchange names; the statistics follow their tables and keep what ANALYZE gathered
create table b (id integer constraint a_pkey primary key, x integer, y integer);
create table a (id integer constraint b_pkey primary key, p integer, q integer, r text);
create statistics a_xy (ndistinct) on x, y from b;
create statistics b_pq (ndistinct) on p, q from a;
