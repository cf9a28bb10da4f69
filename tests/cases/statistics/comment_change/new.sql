-- statistics/comment_change: the comment of statistics changes (with a quote in it)
create table t (id integer primary key, a integer, b integer);
create statistics t_ab_stats on a, b from t;
comment on statistics t_ab_stats is 'b follows a''s value';
