-- statistics/kinds_change_keeps_target_and_comment: statistics with a target and a comment change kinds (default -> mcv); created again, they carry both
create table t (id integer primary key, a integer, b integer);
create statistics t_ab_stats on a, b from t;
alter statistics t_ab_stats set statistics 800;
comment on statistics t_ab_stats is 'kept across the rebuild';
