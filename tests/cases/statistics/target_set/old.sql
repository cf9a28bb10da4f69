-- statistics/target_set: statistics with the default target get a target of 500
create table t (id integer primary key, a integer, b integer);
create statistics t_ab_stats on a, b from t;
