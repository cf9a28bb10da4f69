-- statistics/uncovered_column_dropped: a column the statistics do not cover is dropped; the statistics are kept
create table t (id integer primary key, a integer, b integer, legacy text);
create statistics t_ab_stats (mcv) on a, b from t;
alter statistics t_ab_stats set statistics 200;
insert into t values (1, 1, 2, 'old');
