-- index/key_order_change: a two-column index's key order flips
create table t (a integer, b integer);
create index t_a_b_idx on t (b, a);
