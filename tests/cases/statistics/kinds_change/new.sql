-- statistics/kinds_change: the kinds of statistics change (ndistinct -> dependencies, mcv); they are dropped and created again
create table t (id integer primary key, a integer, b integer);
create statistics t_ab_stats (dependencies, mcv) on a, b from t;
