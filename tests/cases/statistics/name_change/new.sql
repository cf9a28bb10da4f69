-- statistics/name_change: statistics get another name (no rename is declared); the old ones are dropped and the new ones created
create table t (id integer primary key, a integer, b integer);
create statistics t_ab_stats on a, b from t;
