-- statistics/covered_column_type_change: a column the statistics cover goes from integer to bigint over rows; the statistics come back with their target and comment
create table t (id integer primary key, a integer, b integer, note text);
create statistics t_ab_stats (ndistinct, dependencies) on a, b from t;
alter statistics t_ab_stats set statistics 300;
comment on statistics t_ab_stats is 'a and b';
insert into t values (1, 10, 100, 'x'), (2, 20, 200, 'y'), (3, 30, 300, 'z');
