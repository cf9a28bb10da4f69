-- statistics/columns_change: statistics move to other columns of the same table (a, b -> a, c); dropped and created again
create table t (id integer primary key, a integer, b integer, c integer);
create statistics t_stats (dependencies) on a, b from t;
insert into t values (1, 1, 1, 1);
