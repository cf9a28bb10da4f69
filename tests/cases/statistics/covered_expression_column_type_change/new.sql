-- statistics/covered_expression_column_type_change: a column under an expression of the statistics goes from varchar(10) to text over rows
create table t (id integer primary key, code text, region text);
create statistics t_code_region (ndistinct) on (lower(code)), region from t;
