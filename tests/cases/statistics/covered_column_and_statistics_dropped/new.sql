-- statistics/covered_column_and_statistics_dropped: a covered column and its statistics are both dropped; other statistics on the table stay
create table t (id integer primary key, a integer, b integer);
create statistics t_ab (mcv) on a, b from t;
