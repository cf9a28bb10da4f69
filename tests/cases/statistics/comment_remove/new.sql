-- statistics/comment_remove: the comment of statistics is removed
create table t (id integer primary key, a integer, b integer);
create statistics t_ab_stats on a, b from t;
