-- statistics/comment_add: statistics get a comment
create table t (id integer primary key, a integer, b integer);
create statistics t_ab_stats on a, b from t;
comment on statistics t_ab_stats is 'a and b are correlated';
