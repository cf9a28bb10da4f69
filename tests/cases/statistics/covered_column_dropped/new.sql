-- statistics/covered_column_dropped: a column the statistics cover is dropped; the statistics come back on the remaining columns with their target
create table t (id integer primary key, a integer, b integer);
create statistics t_stats (ndistinct, mcv) on a, b from t;
alter statistics t_stats set statistics 700;
