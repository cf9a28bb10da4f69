-- statistics/target_reset: the target of 500 is reset to the default (-1)
create table t (id integer primary key, a integer, b integer);
create statistics t_ab_stats on a, b from t;
alter statistics t_ab_stats set statistics 500;
