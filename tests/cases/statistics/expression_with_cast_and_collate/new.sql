-- statistics/expression_with_cast_and_collate: statistics are created on expressions with a cast, a collation, an operator and a CASE
create table t (id integer primary key, a integer, b integer, email text);
create statistics t_exprs (ndistinct, mcv) on (a::text), (email collate "C"), ((a + b) * 2), (case when a > 0 then 'pos' else 'neg' end), b from t;
