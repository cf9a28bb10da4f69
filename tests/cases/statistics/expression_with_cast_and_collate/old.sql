-- statistics/expression_with_cast_and_collate: statistics are created on expressions with a cast, a collation, an operator and a CASE
create table t (id integer primary key, a integer, b integer, email text);
