-- statistics/moves_to_other_table: statistics of the same name and columns now belong to another table; dropped and created again
create table t (id integer primary key, a integer, b integer);
create table u (id integer primary key, a integer, b integer);
create statistics ab_stats on a, b from u;
