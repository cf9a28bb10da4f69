-- statistics/covered_expression_column_type_change: a column under an expression of the statistics goes from varchar(10) to text over rows
create table t (id integer primary key, code varchar(10), region text);
create statistics t_code_region (ndistinct) on (lower(code)), region from t;
insert into t values (1, 'AB', 'eu'), (2, 'CD', 'us');
