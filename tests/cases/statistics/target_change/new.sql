-- statistics/target_change: the target of statistics changes from 500 to 0
create table t (id integer primary key, a integer, b integer);
create statistics t_ab_stats (mcv) on a, b from t;
alter statistics t_ab_stats set statistics 0;
