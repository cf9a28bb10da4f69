-- statistics/covered_column_type_change: a column the statistics cover goes from integer to bigint over rows; the statistics come back with their target and comment
create table t (id integer primary key, a bigint, b integer, note text);
create statistics t_ab_stats (ndistinct, dependencies) on a, b from t;
alter statistics t_ab_stats set statistics 300;
comment on statistics t_ab_stats is 'a and b';
