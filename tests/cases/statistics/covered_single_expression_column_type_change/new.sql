-- statistics/covered_single_expression_column_type_change: the column under single-expression statistics goes from integer to bigint over rows; they come back with their target
create table t (id integer primary key, a bigint);
create statistics t_a_mod on ((a % 10)) from t;
alter statistics t_a_mod set statistics 77;
